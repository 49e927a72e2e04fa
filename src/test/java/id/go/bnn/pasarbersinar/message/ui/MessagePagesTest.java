package id.go.bnn.pasarbersinar.message.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import id.go.bnn.pasarbersinar.message.MessageFixture;
import id.go.bnn.pasarbersinar.message.Messages;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The message pages: whatever a buyer typed (the question, and a product title as the subject) is text in both
 * inboxes and the conversation, never markup; someone else's conversation does not exist; a refused message is said
 * in words and an accepted one shows; the product page's question goes from the form to its conversation.
 */
@SpringBootTest
class MessagePagesTest extends SpringBrowserlessTest {

    static final String ATTACK = "</script><img src=x onerror=alert(1)>";
    static final String ESCAPED = "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;";

    @Autowired
    Messages messages;
    @Autowired
    MessageFixture fixture;
    @Autowired
    HeaderMessageBadge badge;

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    private long ntt() {
        return fixture.orders().ntt().id();
    }

    @Test
    void what_was_typed_is_text_in_both_inboxes_and_the_conversation() {
        Caller buyer = Callers.buyer(fixture.account());
        long id = Callers.as(buyer, () -> messages.askAboutProduct(fixture.product(ATTACK), ATTACK));

        Callers.signIn(buyer);
        navigate("pesan", BuyerInboxView.class);
        assertThat($(Anchor.class).withClassName("pb-inbox-subject").first().getText()).isEqualTo(ATTACK);
        assertThat(getCurrentView().getElement().getOuterHTML()).contains(ESCAPED).doesNotContain("<img");

        navigate("pesan/" + id, ConversationView.class);
        assertThat($(Paragraph.class).withClassName("pb-post-body").first().getText()).isEqualTo(ATTACK);
        assertThat(getCurrentView().getElement().getOuterHTML()).contains(ESCAPED).doesNotContain("<img");

        Callers.signIn(Callers.producer(fixture.account(), ntt()));
        navigate("mitra/pesan", GroupInboxView.class);
        assertThat($(Span.class).withClassName("pb-inbox-unread").all()).isNotEmpty();
        assertThat(getCurrentView().getElement().getOuterHTML()).contains(ESCAPED).doesNotContain("<img");
    }

    @Test
    void someone_elses_conversation_does_not_exist_and_a_guest_needs_the_signed_link() {
        long id = Callers.as(Callers.buyer(fixture.account()), () -> messages.askAboutProduct(fixture.product("Tas halaman rahasia"), "Halo"));
        Callers.signIn(Callers.buyer(fixture.account()));
        navigate("pesan/" + id, Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ConversationView.class);
        Callers.signOut();

        String number = fixture.guestOrder("tamu.halaman." + System.nanoTime() + "@contoh.id");
        UI.getCurrent().navigate("pesan/pesanan/" + number + "/" + ntt(), QueryParameters.simple(Map.of("t", "forged")));
        assertThat(getCurrentView()).isNotInstanceOf(OrderConversationView.class);
        UI.getCurrent().navigate("pesan/pesanan/" + number + "/" + ntt(), QueryParameters.simple(Map.of("t", fixture.token(number))));
        assertThat(getCurrentView()).isInstanceOf(OrderConversationView.class);
        test($(TextArea.class).withClassName("pb-message-text").first()).setValue("Pertanyaan tamu " + ATTACK);
        test($(Button.class).withClassName("pb-message-send").first()).click();
        assertThat($(Paragraph.class).withClassName("pb-post-body").all()).extracting(Paragraph::getText).containsExactly("Pertanyaan tamu " + ATTACK);
        assertThat(getCurrentView().getElement().getOuterHTML()).contains(ESCAPED).doesNotContain("<img");
    }

    @Test
    void the_header_counts_the_unread_answers_until_the_conversation_is_read() {
        Caller buyer = Callers.buyer(fixture.account());
        long id = Callers.as(buyer, () -> messages.askAboutProduct(fixture.product("Tas hitungan kepala"), "Ada warna lain?"));
        Callers.as(Callers.producer(fixture.account(), ntt()), () -> messages.write(id, null, "Ada, biru dan merah."));

        Callers.signIn(buyer);
        assertThat(badge.unreadCount()).isEqualTo(1);
        navigate("pesan/" + id, ConversationView.class);
        assertThat(badge.unreadCount()).isZero();
        Callers.signOut();
        assertThat(badge.unreadCount()).isZero();
    }

    @Test
    void the_curator_lists_and_reads_a_reported_conversation_without_a_box_to_write_in() {
        Caller buyer = Callers.buyer(fixture.account());
        long id = Callers.as(buyer, () -> messages.askAboutProduct(fixture.product("Tas laporan " + ATTACK), "Transfer ke rekening saya " + ATTACK));
        Callers.as(buyer, () -> messages.report(id, null));

        Callers.signIn(Callers.curator(fixture.account(), "53"));
        navigate("staf/pesan", StaffMessagesView.class);
        assertThat($(Anchor.class).withClassName("pb-inbox-subject").all()).extracting(Anchor::getHref).contains("pesan/" + id);
        assertThat(getCurrentView().getElement().getOuterHTML()).contains(ESCAPED).doesNotContain("<img");
        navigate("pesan/" + id, ConversationView.class);
        assertThat($(Paragraph.class).withClassName("pb-post-body").first().getText()).isEqualTo("Transfer ke rekening saya " + ATTACK);
        assertThat($(TextArea.class).all()).isEmpty();
        assertThat(getCurrentView().getElement().getOuterHTML()).contains(ESCAPED).doesNotContain("<img");
    }

    @Test
    void a_refused_message_is_said_in_words_and_nothing_is_posted() {
        Caller buyer = Callers.buyer(fixture.account());
        long id = Callers.as(buyer, () -> messages.askAboutProduct(fixture.product("Tas pesan kosong"), "Halo"));
        Callers.signIn(buyer);
        navigate("pesan/" + id, ConversationView.class);
        test($(TextArea.class).withClassName("pb-message-text").first()).setValue("   ");
        test($(Button.class).withClassName("pb-message-send").first()).click();
        assertThat($(Paragraph.class).withClassName("pb-form-error").first().getText()).isEqualTo("Tulis pesan terlebih dahulu.");
        assertThat(fixture.posts(id)).isEqualTo(1);
    }

    @Test
    void a_message_sent_too_fast_is_refused_with_the_limit_in_words_and_nothing_is_posted() {
        Caller buyer = Callers.buyer(fixture.account());
        long id = Callers.as(buyer, () -> messages.askAboutProduct(fixture.product("Tas pesan cepat"), "1"));
        for (int i = 2; i <= 10; i++) {
            String text = String.valueOf(i);
            Callers.as(buyer, () -> messages.write(id, null, text));
        }
        Callers.signIn(buyer);
        navigate("pesan/" + id, ConversationView.class);
        test($(TextArea.class).withClassName("pb-message-text").first()).setValue("Kesebelas");
        test($(Button.class).withClassName("pb-message-send").first()).click();
        assertThat($(Paragraph.class).withClassName("pb-form-error").first().getText())
                .isEqualTo("Terlalu cepat: paling banyak 10 pesan per menit. Tunggu sebentar lalu kirim lagi.");
        assertThat(fixture.posts(id)).isEqualTo(10);
    }

    @Test
    void a_question_about_a_product_that_is_not_there_is_refused_in_words_and_the_address_is_never_markup() {
        Callers.signIn(Callers.buyer(fixture.account()));
        UI.getCurrent().navigate("pesan/baru", QueryParameters.simple(Map.of("produk", ATTACK)));
        assertThat(getCurrentView()).isInstanceOf(NewQuestionView.class);
        test($(TextArea.class).withClassName("pb-message-text").first()).setValue("Pertanyaan " + ATTACK);
        test($(Button.class).withClassName("pb-message-send").first()).click();
        assertThat(getCurrentView()).isInstanceOf(NewQuestionView.class);
        assertThat($(Paragraph.class).withClassName("pb-form-error").first().getText()).isEqualTo("Produk ini tidak ditemukan atau tidak lagi dijual.");
        assertThat(getCurrentView().getElement().getOuterHTML()).doesNotContain("<img src=x").doesNotContain("</script><");
    }

    @Test
    void the_question_from_the_product_page_opens_its_conversation() {
        String product = fixture.product("Tas dari halaman produk");
        Callers.signIn(Callers.buyer(fixture.account()));
        UI.getCurrent().navigate("pesan/baru", QueryParameters.simple(Map.of("produk", product)));
        test($(TextArea.class).withClassName("pb-message-text").first()).setValue("Berapa lama pembuatannya?");
        test($(Button.class).withClassName("pb-message-send").first()).click();
        assertThat(getCurrentView()).isInstanceOf(ConversationView.class);
        assertThat($(Paragraph.class).withClassName("pb-post-body").all()).extracting(Paragraph::getText).containsExactly("Berapa lama pembuatannya?");
    }

    @Test
    void photos_uploaded_in_the_composer_show_as_thumbnails_linking_to_the_larger_picture_on_both_sides_and_for_the_curator() {
        Caller buyer = Callers.buyer(fixture.account());
        long id = Callers.as(buyer, () -> messages.askAboutProduct(fixture.product("Tas foto halaman"), "Halo"));
        Callers.signIn(buyer);
        navigate("pesan/" + id, ConversationView.class);
        ConversationPanel panel = $(ConversationPanel.class).first();
        panel.photoUploaded("bukan foto".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat($(Paragraph.class).withClassName("pb-message-photo-state").first().getText())
                .isEqualTo("Berkas ini bukan foto. Pilih foto JPEG, PNG atau WebP.");
        panel.photoUploaded(MessageFixture.photo("halaman satu"));
        assertThat($(Paragraph.class).withClassName("pb-message-photo-state").first().getText()).contains("1 dari 3");
        test($(TextArea.class).withClassName("pb-message-text").first()).setValue("Foto kerusakan " + ATTACK);
        test($(Button.class).withClassName("pb-message-send").first()).click();

        assertThat(fixture.photos(id)).isEqualTo(1);
        assertPhotoLinks(id);
        assertThat(getCurrentView().getElement().getOuterHTML()).contains(ESCAPED).doesNotContain("<img src=x").doesNotContain("/gambar/");

        Callers.signIn(Callers.producer(fixture.account(), ntt()));
        navigate("pesan/" + id, ConversationView.class);
        assertPhotoLinks(id);
        Callers.as(buyer, () -> messages.report(id, null));
        Callers.signIn(Callers.curator(fixture.account(), "53"));
        navigate("pesan/" + id, ConversationView.class);
        assertPhotoLinks(id);
    }

    @Test
    void a_signed_in_buyers_photo_is_kept_though_vaadin_answers_the_sessions_context_first() {
        Caller buyer = Callers.buyer(fixture.account());
        long id = Callers.as(buyer, () -> messages.askAboutProduct(fixture.product("Tas foto sesi"), "Halo"));
        Callers.signIn(buyer);
        navigate("pesan/" + id, ConversationView.class);
        // As in a real request: the signed-in buyer's context is in the HTTP session, which Vaadin's context holder
        // answers before the thread's, so the shop storing the photo for the buyer must not rest on the thread's alone.
        com.vaadin.flow.server.VaadinSession.getCurrent().getSession().setAttribute("SPRING_SECURITY_CONTEXT",
                org.springframework.security.core.context.SecurityContextHolder.getContext());
        try {
            $(ConversationPanel.class).first().photoUploaded(MessageFixture.photo("sesi " + System.nanoTime()));
            test($(TextArea.class).withClassName("pb-message-text").first()).setValue("Foto dari sesi");
            test($(Button.class).withClassName("pb-message-send").first()).click();
            assertThat(fixture.photos(id)).isEqualTo(1);
            assertPhotoLinks(id);
        } finally {
            com.vaadin.flow.server.VaadinSession.getCurrent().getSession().removeAttribute("SPRING_SECURITY_CONTEXT");
        }
    }

    @Test
    void a_guests_photo_links_carry_the_orders_signed_link() {
        String number = fixture.guestOrder("foto.halaman." + System.nanoTime() + "@contoh.id");
        String token = fixture.token(number);
        long id = Callers.as(Callers.producer(fixture.account(), ntt()), () -> {
            long opened = messages.openForOrder(number, ntt(), null);
            messages.write(opened, null, "Foto paket", java.util.List.of(MessageFixture.photo("halaman tamu " + System.nanoTime())));
            return opened;
        });
        Callers.signOut();
        UI.getCurrent().navigate("pesan/pesanan/" + number + "/" + ntt(), QueryParameters.simple(Map.of("t", token)));
        assertThat(getCurrentView()).isInstanceOf(OrderConversationView.class);
        String href = $(Anchor.class).withClassName("pb-post-photo").first().getHref();
        assertThat(href).matches("/pesan/foto/" + id + "/[0-9a-f]{64}/1200\\?t=.+");
        assertThat(href).endsWith("?t=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void a_fourth_photo_is_not_taken_and_the_message_goes_with_three() {
        Caller buyer = Callers.buyer(fixture.account());
        long id = Callers.as(buyer, () -> messages.askAboutProduct(fixture.product("Tas empat foto"), "Halo"));
        Callers.signIn(buyer);
        navigate("pesan/" + id, ConversationView.class);
        ConversationPanel panel = $(ConversationPanel.class).first();
        for (String name : new String[] {"satu", "dua", "tiga", "empat"}) {
            panel.photoUploaded(MessageFixture.photo("empat " + name));
        }
        assertThat($(Paragraph.class).withClassName("pb-message-photo-state").first().getText()).isEqualTo("Paling banyak 3 foto per pesan.");
        test($(Button.class).withClassName("pb-message-send").first()).click();
        assertThat(fixture.photos(id)).isEqualTo(3);
        assertThat(fixture.posts(id)).isEqualTo(2);
    }

    /** The photo is linked at the conversation's checked address ({@code MessagePhotoControllerTest}), never at /gambar/…. */
    private void assertPhotoLinks(long id) {
        java.util.List<Anchor> links = $(Anchor.class).withClassName("pb-post-photo").all();
        assertThat(links).hasSize(1);
        String href = links.getFirst().getHref();
        String prefix = "/pesan/foto/" + id + "/";
        assertThat(href).matches(prefix + "[0-9a-f]{64}/1200");
        String hash = href.substring(prefix.length(), href.length() - "/1200".length());
        assertThat($(com.vaadin.flow.component.html.Image.class).all()).extracting(image -> image.getSrc()).contains(prefix + hash + "/240");
    }
}
