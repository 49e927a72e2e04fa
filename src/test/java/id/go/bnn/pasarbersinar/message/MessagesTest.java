package id.go.bnn.pasarbersinar.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.go.bnn.pasarbersinar.catalog.Images;
import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.mail.TestMailServer;
import id.go.bnn.pasarbersinar.order.ReturnEscalated;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Caller.Role;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Conversations end to end on the real database and a real SMTP server: a question and its answer with unread counts,
 * only the two sides reading, the curator only after a report, the bounds of size and rate, the mail with a link and
 * never the text, and a guest writing with the order's signed link.
 */
@SpringBootTest
class MessagesTest {

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;
    @Autowired
    Messages messages;
    @Autowired
    MessageFixture fixture;
    @Autowired
    Accounts accounts;
    @Autowired
    Images images;

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    private long ntt() {
        return fixture.orders().ntt().id();
    }

    private long ask(Caller buyer, String product, String text) {
        return Callers.as(buyer, () -> messages.askAboutProduct(product, text));
    }

    @Test
    void a_question_reaches_the_groups_inbox_unread_and_the_answer_reaches_the_buyers_inbox_unread() {
        Caller buyer = Callers.buyer(fixture.account());
        Caller member = Callers.producer(fixture.account(), ntt());
        String product = fixture.product("Selendang tanya jawab");
        long id = ask(buyer, product, "Apakah warnanya luntur?");

        ConversationSummary inGroup = Callers.as(member, () -> messages.groupInbox()).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
        assertThat(inGroup.unread()).isEqualTo(1);
        assertThat(inGroup.subject()).isEqualTo("Selendang tanya jawab");
        Conversation seen = Callers.as(member, () -> messages.read(id, null));
        assertThat(seen.readerSide()).isEqualTo(Side.GROUP);
        assertThat(seen.posts()).extracting(Conversation.Post::body).containsExactly("Apakah warnanya luntur?");
        assertThat(Callers.as(member, () -> messages.groupInbox()).stream().filter(c -> c.id() == id).findFirst().orElseThrow().unread()).isZero();

        Callers.as(member, () -> messages.write(id, null, "Tidak, pewarnanya alami."));

        assertThat(Callers.as(buyer, () -> messages.buyerInbox())).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(id);
            assertThat(c.unread()).isEqualTo(1);
        });
        assertThat(Callers.as(buyer, () -> messages.unreadCount())).isEqualTo(1);
        Conversation answered = Callers.as(buyer, () -> messages.read(id, null));
        assertThat(answered.posts()).extracting(Conversation.Post::mine).containsExactly(true, false);
        assertThat(Callers.as(buyer, () -> messages.unreadCount())).isZero();
    }

    @Test
    void the_newest_conversation_comes_first_in_the_inbox() {
        Caller buyer = Callers.buyer(fixture.account());
        long first = ask(buyer, fixture.product("Tas urutan satu"), "Pertama");
        long second = ask(buyer, fixture.product("Tas urutan dua"), "Kedua");
        assertThat(Callers.as(buyer, () -> messages.buyerInbox())).extracting(ConversationSummary::id).containsExactly(second, first);
        Callers.as(buyer, () -> messages.write(first, null, "Pertama lagi"));
        assertThat(Callers.as(buyer, () -> messages.buyerInbox())).extracting(ConversationSummary::id).containsExactly(first, second);
    }

    @Test
    void someone_elses_conversation_is_refused_and_nothing_changes() {
        Caller buyer = Callers.buyer(fixture.account());
        long id = ask(buyer, fixture.product("Tas rahasia"), "Pertanyaan pribadi");
        Caller stranger = Callers.buyer(fixture.account());
        Caller otherGroup = Callers.producer(fixture.account(), fixture.orders().banten().id());

        for (Caller caller : new Caller[] {stranger, otherGroup, Callers.curator(fixture.account(), "53"), Caller.ANONYMOUS}) {
            assertThatThrownBy(() -> Callers.as(caller, () -> messages.read(id, null))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> Callers.as(caller, () -> messages.write(id, null, "Saya ikut"))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> Callers.as(caller, () -> messages.report(id, null))).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(fixture.posts(id)).isEqualTo(1);
        assertThat(Callers.as(stranger, () -> messages.buyerInbox())).isEmpty();
        assertThat(Callers.as(buyer, () -> messages.read(id, null)).reported()).isFalse();
    }

    @Test
    void the_provinces_curator_reads_only_after_a_side_reports_and_never_writes() {
        Caller buyer = Callers.buyer(fixture.account());
        long id = ask(buyer, fixture.product("Tas dilaporkan"), "Nomor rekening saya ...");
        Caller curator = Callers.curator(fixture.account(), "53");
        Caller otherCurator = Callers.curator(fixture.account(), "36");
        assertThatThrownBy(() -> Callers.as(curator, () -> messages.read(id, null))).isInstanceOf(AccessDeniedException.class);

        Callers.as(Callers.producer(fixture.account(), ntt()), () -> messages.report(id, null));

        Conversation read = Callers.as(curator, () -> messages.read(id, null));
        assertThat(read.reported()).isTrue();
        assertThat(read.canWrite()).isFalse();
        assertThat(read.posts()).extracting(Conversation.Post::body).containsExactly("Nomor rekening saya ...");
        assertThat(Callers.as(curator, () -> messages.reportedInbox())).extracting(ConversationSummary::id).contains(id);
        assertThatThrownBy(() -> Callers.as(curator, () -> messages.write(id, null, "Kurator"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Callers.as(otherCurator, () -> messages.read(id, null))).isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.posts(id)).isEqualTo(1);
    }

    @Test
    void an_opened_dispute_lets_the_curator_read_the_orders_conversation() {
        String number = fixture.guestOrder("sengketa." + System.nanoTime() + "@contoh.id");
        long id = Callers.as(Callers.producer(fixture.account(), ntt()), () -> {
            long opened = messages.openForOrder(number, ntt(), null);
            messages.write(opened, null, "Paket sudah kami kirim.");
            return opened;
        });
        Caller curator = Callers.curator(fixture.account(), "53");
        assertThatThrownBy(() -> Callers.as(curator, () -> messages.read(id, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Callers.as(Callers.buyer(fixture.account()), () -> messages.disputeOpened(number, ntt())))
                .isInstanceOf(AccessDeniedException.class);

        Caller.runAsSystem(() -> messages.disputeOpened(number, ntt()));

        assertThat(Callers.as(curator, () -> messages.read(id, null)).disputed()).isTrue();
    }

    @Test
    void a_return_taken_to_the_curator_opens_the_dispute_on_the_orders_conversation() {
        String number = fixture.guestOrder("retur.sengketa." + System.nanoTime() + "@contoh.id");
        long id = Callers.as(Callers.producer(fixture.account(), ntt()), () -> {
            long opened = messages.openForOrder(number, ntt(), null);
            messages.write(opened, null, "Barang dikirim utuh.");
            return opened;
        });
        Caller curator = Callers.curator(fixture.account(), "53");
        assertThatThrownBy(() -> Callers.as(curator, () -> messages.read(id, null))).isInstanceOf(AccessDeniedException.class);

        // What the order module publishes when the buyer escalates a return (after its transaction commits).
        transactions.executeWithoutResult(status -> events.publishEvent(new ReturnEscalated(-1, number, ntt())));

        // The listener runs after the commit, behind whatever the suite's earlier tests left in the executor's queue.
        // Until it ran, the curator is refused (an exception, not a failed assertion: Awaitility must be told to wait on).
        await().atMost(Duration.ofSeconds(30)).ignoreException(AccessDeniedException.class)
                .untilAsserted(() -> assertThat(Callers.as(curator, () -> messages.read(id, null)).disputed()).isTrue());
    }

    @Test
    void a_message_over_the_length_or_empty_is_refused_with_a_reason_and_nothing_is_kept() {
        Caller buyer = Callers.buyer(fixture.account());
        long id = ask(buyer, fixture.product("Tas panjang"), "x".repeat(2000));
        assertThatThrownBy(() -> Callers.as(buyer, () -> messages.write(id, null, "y".repeat(2001))))
                .isInstanceOfSatisfying(MessageException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("message.error.too-long");
                    assertThat(e.arguments()).containsExactly(2000);
                });
        assertThatThrownBy(() -> Callers.as(buyer, () -> messages.write(id, null, "   \n ")))
                .isInstanceOfSatisfying(MessageException.class, e -> assertThat(e.messageKey()).isEqualTo("message.error.empty"));
        assertThat(fixture.posts(id)).isEqualTo(1);
    }

    @Test
    void the_eleventh_message_within_a_minute_is_refused_as_too_fast() {
        Caller buyer = Callers.buyer(fixture.account());
        long id = ask(buyer, fixture.product("Tas cepat"), "1");
        for (int i = 2; i <= 10; i++) {
            String text = String.valueOf(i);
            Callers.as(buyer, () -> messages.write(id, null, text));
        }
        assertThatThrownBy(() -> Callers.as(buyer, () -> messages.write(id, null, "11")))
                .isInstanceOfSatisfying(MessageException.class, e -> assertThat(e.messageKey()).isEqualTo("message.error.too-fast"));
        assertThatThrownBy(() -> ask(buyer, fixture.product("Tas cepat lain"), "12")).isInstanceOf(MessageException.class);
        assertThat(fixture.posts(id)).isEqualTo(10);
        // The other side has its own allowance.
        Callers.as(Callers.producer(fixture.account(), ntt()), () -> messages.write(id, null, "Jawaban"));
        assertThat(fixture.posts(id)).isEqualTo(11);
    }

    @Test
    void each_side_is_mailed_a_link_to_the_conversation_and_never_the_text() {
        String member = "anggota.pesan." + System.nanoTime() + "@contoh.id";
        Caller.runAsSystem(() -> accounts.provision(member, "Anggota Pesan", "Kopi-Lamteuba-Seulawah-7", Set.of(Role.BUYER, Role.PRODUCER),
                Set.of(), Set.of(new GroupId(ntt())), null, false));
        Caller buyer = Callers.buyer(fixture.account());
        long id = ask(buyer, fixture.product("Tas surat pesan"), "Rahasia pembeli 4471");

        // The member belongs to the NTT group, which other tests of the shared context write to: only this
        // conversation's mails count here.
        java.util.regex.Pattern link = java.util.regex.Pattern.compile("/pesan/" + id + "(?!\\d)");
        await().atMost(Duration.ofSeconds(20)).until(() -> MessageFixture.bodiesTo(member).stream().anyMatch(body -> link.matcher(body).find()));
        assertThat(MessageFixture.bodiesTo(member)).filteredOn(body -> link.matcher(body).find()).singleElement()
                .satisfies(body -> assertThat(body).contains("Tas surat pesan").doesNotContain("Rahasia pembeli 4471"));

        Callers.as(Callers.producer(fixture.account(), ntt()), () -> messages.write(id, null, "Rahasia kelompok 8812"));
        await().atMost(Duration.ofSeconds(20)).until(() -> !TestMailServer.mailsTo(buyer.email()).isEmpty());
        assertThat(MessageFixture.bodiesTo(buyer.email()).getFirst()).contains("/pesan/" + id).doesNotContain("Rahasia kelompok 8812");
        assertThat(MessageFixture.bodiesTo(member)).as("the group's own answer is not mailed to the group")
                .filteredOn(body -> link.matcher(body).find()).hasSize(1);
    }

    @Test
    void a_guest_writes_with_the_orders_signed_link_and_a_forged_one_opens_nothing() {
        String guest = "tamu.pesan." + System.nanoTime() + "@contoh.id";
        String number = fixture.guestOrder(guest);
        String token = fixture.token(number);

        assertThatThrownBy(() -> messages.openForOrder(number, ntt(), token.substring(0, 42) + (token.endsWith("A") ? "B" : "A")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> messages.openForOrder(number, ntt(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> messages.openForOrder(number, fixture.orders().banten().id(), token)).isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.conversationsOfOrder(number)).isZero();

        long id = messages.openForOrder(number, ntt(), token);
        assertThat(messages.openForOrder(number, ntt(), token)).isEqualTo(id);
        messages.write(id, token, "Kapan dikirim?");
        assertThatThrownBy(() -> messages.write(id, "forged", "Palsu")).isInstanceOf(AccessDeniedException.class);

        Caller member = Callers.producer(fixture.account(), ntt());
        assertThat(Callers.as(member, () -> messages.read(id, null)).posts()).extracting(Conversation.Post::body).containsExactly("Kapan dikirim?");
        Callers.as(member, () -> messages.write(id, null, "Besok pagi, isi 5519"));

        await().atMost(Duration.ofSeconds(20)).until(() -> MessageFixture.bodiesTo(guest).stream().anyMatch(body -> body.contains("/pesan/pesanan/")));
        String mail = MessageFixture.bodiesTo(guest).stream().filter(body -> body.contains("/pesan/pesanan/")).findFirst().orElseThrow();
        assertThat(mail).contains("/pesan/pesanan/" + number + "/" + ntt() + "?t=" + token).doesNotContain("isi 5519");
        assertThat(messages.read(id, token).posts()).hasSize(2);
    }

    @Test
    void photos_go_with_a_message_without_their_metadata_and_only_the_two_sides_and_then_the_curator_see_them() {
        Caller buyer = Callers.buyer(fixture.account());
        Caller member = Callers.producer(fixture.account(), ntt());
        long id = ask(buyer, fixture.product("Tas retak foto"), "Tasnya retak, lihat foto.");
        byte[] first = MessageFixture.photo("GPS -8.6500 120.4400 rumah pembeli");
        byte[] second = MessageFixture.photo("kedua");

        // With photos the text may be empty.
        Callers.as(buyer, () -> messages.write(id, null, "  ", java.util.List.of(first, second)));

        Conversation seen = Callers.as(member, () -> messages.read(id, null));
        assertThat(seen.posts()).hasSize(2);
        java.util.List<String> hashes = seen.posts().get(1).photos();
        assertThat(hashes).hasSize(2).allMatch(hash -> hash.matches("[0-9a-f]{64}"));
        assertThat(seen.posts().getFirst().photos()).isEmpty();
        byte[] kept = Callers.as(member, () -> messages.photo(id, hashes.getFirst(), 0, null)).orElseThrow().data();
        assertThat(new String(kept, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("rumah pembeli").doesNotContain("GPS");
        assertThat(Callers.as(member, () -> messages.photo(id, hashes.getFirst(), 240, null))).isPresent();
        // Kept private: not a picture of the public /gambar/… address.
        assertThat(images.exists(hashes.getFirst())).isFalse();
        assertThat(images.load(hashes.getFirst())).isEmpty();
        assertThat(images.rendition(hashes.getFirst(), 240)).isEmpty();
        assertThat(Callers.as(buyer, () -> messages.read(id, null)).posts().get(1).photos()).isEqualTo(hashes);

        Caller curator = Callers.curator(fixture.account(), "53");
        assertThatThrownBy(() -> Callers.as(curator, () -> messages.read(id, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Callers.as(Callers.buyer(fixture.account()), () -> messages.read(id, null))).isInstanceOf(AccessDeniedException.class);
        Callers.as(buyer, () -> messages.report(id, null));
        assertThat(Callers.as(curator, () -> messages.read(id, null)).posts().get(1).photos()).isEqualTo(hashes);
    }

    @Test
    void a_fourth_photo_or_a_file_that_is_no_picture_refuses_the_message_and_nothing_is_kept() {
        Caller buyer = Callers.buyer(fixture.account());
        long id = ask(buyer, fixture.product("Tas foto salah"), "Halo");
        java.util.List<byte[]> four = java.util.List.of(MessageFixture.photo("a"), MessageFixture.photo("b"), MessageFixture.photo("c"),
                MessageFixture.photo("d"));
        assertThatThrownBy(() -> Callers.as(buyer, () -> messages.write(id, null, "Empat foto", four)))
                .isInstanceOfSatisfying(MessageException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("message.error.photos");
                    assertThat(e.arguments()).containsExactly(3);
                });
        byte[] script = "<script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Callers.as(buyer, () -> messages.write(id, null, "Bukan foto", java.util.List.of(MessageFixture.photo("e"), script))))
                .isInstanceOfSatisfying(MessageException.class, e -> assertThat(e.messageKey()).isEqualTo("catalog.upload.not-an-image"));
        assertThatThrownBy(() -> Callers.as(buyer, () -> messages.write(id, null, "Kosong", java.util.List.of(new byte[0]))))
                .isInstanceOfSatisfying(MessageException.class, e -> assertThat(e.messageKey()).isEqualTo("catalog.upload.empty"));
        assertThat(fixture.posts(id)).isEqualTo(1);
        assertThat(fixture.photos(id)).isZero();
        assertThat(images.exists(Images.prepare(MessageFixture.photo("e")).hash())).isFalse();
    }
}
