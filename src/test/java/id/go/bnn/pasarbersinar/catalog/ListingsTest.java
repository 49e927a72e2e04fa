package id.go.bnn.pasarbersinar.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.testing.ListenersDone;
import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.mail.TestMailServer;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Caller.Role;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.StaffDecision;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The listing lifecycle, revisions of approved listings, the price limit, the review queue and its province scope. */
@SpringBootTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListingsTest {

    static final String BALI = "51";
    static final String NTB = "52";
    static final AtomicInteger COUNTER = new AtomicInteger();

    @Autowired
    Listings listings;
    @Autowired
    ListingReviews reviews;
    @Autowired
    ProducerGroups groups;
    @Autowired
    Catalog catalog;
    @Autowired
    ProductSearch search;
    @Autowired
    Images images;
    @Autowired
    Accounts accounts;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ListenersDone listenersDone;

    GroupId baliGroup;
    GroupId ntbGroup;
    Caller member;
    Caller curatorOfBali;
    Caller curatorOfNtb;
    String memberEmail = "anggota.daftar@test.pasarbersinar.id";
    String photo;
    String otherPhoto;

    @BeforeAll
    void a_group_in_bali_and_one_in_ntb() throws IOException {
        Caller.runAsSystem(() -> {
            baliGroup = groups.register(group("Daftar Tenun Bali", BALI), false);
            groups.verify(baliGroup);
            ntbGroup = groups.register(group("Daftar Anyaman Lombok", NTB), false);
            groups.verify(ntbGroup);
            accounts.provision(memberEmail, "Anggota Daftar", "Kopi-Lamteuba-Seulawah-7", Set.of(Role.BUYER, Role.PRODUCER),
                    Set.of(), Set.of(baliGroup), null, false);
        });
        member = Callers.producer(-5101, baliGroup.value());
        curatorOfBali = Callers.curator(-5102, BALI);
        curatorOfNtb = Callers.curator(-5201, NTB);
        byte[] first = ImagesTest.jpeg(64, 48);
        byte[] second = ImagesTest.jpeg(48, 64);
        photo = Callers.as(member, () -> images.store(first).hash());
        otherPhoto = Callers.as(member, () -> images.store(second).hash());
    }

    @AfterEach
    void signOut() {
        Callers.signOut();
    }

    @Test
    void a_draft_is_submitted_approved_and_goes_on_sale_and_into_search() {
        String word = "Zamrudkilau" + COUNTER.incrementAndGet();
        ProductId id = as(member, () -> listings.createDraft(baliGroup, edit("Selendang " + word, 150_000, 5)));
        assertThat(find(id).status()).isEqualTo(ListingStatus.DRAFT);
        assertThat(catalog.findPublic(find(id).slug())).isEmpty();

        as(member, () -> listings.submit(id));
        assertThat(find(id).status()).isEqualTo(ListingStatus.SUBMITTED);
        assertThat(catalog.findPublic(find(id).slug())).isEmpty();

        as(curatorOfBali, () -> reviews.approve(id));
        assertThat(find(id).status()).isEqualTo(ListingStatus.APPROVED);
        assertThat(catalog.findPublic(find(id).slug())).isPresent();
        assertThat(searchIds(word)).contains(id);
    }

    @Test
    void changes_requested_need_a_reason_the_group_sees_and_the_listing_can_be_submitted_again() {
        ProductId id = submitted("Tas Ulang");
        assertThatThrownBy(() -> as(curatorOfBali, () -> reviews.requestChanges(id, "   ")))
                .isInstanceOfSatisfying(InvalidListingException.class, e -> assertThat(e.messageKey()).isEqualTo("catalog.review.reason-required"));
        assertThat(find(id).status()).isEqualTo(ListingStatus.SUBMITTED);

        as(curatorOfBali, () -> reviews.requestChanges(id, "Foto kurang terang, mohon foto di siang hari."));
        Listing sentBack = find(id);
        assertThat(sentBack.status()).isEqualTo(ListingStatus.CHANGES_REQUESTED);
        assertThat(sentBack.reviewNote()).isEqualTo("Foto kurang terang, mohon foto di siang hari.");
        assertThat(sentBack.history()).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("CHANGES_REQUESTED");
            assertThat(entry.actorRole()).isEqualTo("CURATOR");
            assertThat(entry.reason()).contains("siang hari");
        });

        as(member, () -> listings.submit(id));
        assertThat(find(id).status()).isEqualTo(ListingStatus.SUBMITTED);
        as(curatorOfBali, () -> reviews.approve(id));
        assertThat(find(id).status()).isEqualTo(ListingStatus.APPROVED);
    }

    @Test
    void archiving_takes_a_listing_off_the_storefront_and_out_of_search_but_keeps_it() {
        String word = "Arsipkilau" + COUNTER.incrementAndGet();
        ProductId id = approved("Tikar " + word);
        assertThat(searchIds(word)).contains(id);
        as(member, () -> listings.archive(id));
        assertThat(find(id).status()).isEqualTo(ListingStatus.ARCHIVED);
        assertThat(catalog.findPublic(find(id).slug())).isEmpty();
        assertThat(searchIds(word)).doesNotContain(id);
    }

    @Test
    void refuses_every_illegal_transition_and_changes_nothing() {
        ProductId draft = as(member, () -> listings.createDraft(baliGroup, edit("Draf Ilegal", 100_000, 1)));
        illegal(draft, ListingStatus.DRAFT, curatorOfBali, id -> reviews.approve(id));
        illegal(draft, ListingStatus.DRAFT, curatorOfBali, id -> reviews.requestChanges(id, "alasan"));

        ProductId submitted = submitted("Diajukan Ilegal");
        illegal(submitted, ListingStatus.SUBMITTED, member, id -> listings.submit(id));

        ProductId approved = approved("Disetujui Ilegal");
        illegal(approved, ListingStatus.APPROVED, member, id -> listings.submit(id));
        illegal(approved, ListingStatus.APPROVED, curatorOfBali, id -> reviews.approve(id));
        illegal(approved, ListingStatus.APPROVED, curatorOfBali, id -> reviews.requestChanges(id, "alasan"));

        ProductId sentBack = submitted("Dikembalikan Ilegal");
        as(curatorOfBali, () -> reviews.requestChanges(sentBack, "Perbaiki judul."));
        illegal(sentBack, ListingStatus.CHANGES_REQUESTED, curatorOfBali, id -> reviews.approve(id));
        illegal(sentBack, ListingStatus.CHANGES_REQUESTED, curatorOfBali, id -> reviews.requestChanges(id, "lagi"));

        ProductId archived = approved("Diarsipkan Ilegal");
        as(member, () -> listings.archive(archived));
        illegal(archived, ListingStatus.ARCHIVED, member, id -> listings.submit(id));
        illegal(archived, ListingStatus.ARCHIVED, member, id -> listings.archive(id));
        illegal(archived, ListingStatus.ARCHIVED, curatorOfBali, id -> reviews.approve(id));
        illegal(archived, ListingStatus.ARCHIVED, curatorOfBali, id -> reviews.requestChanges(id, "alasan"));
        illegal(archived, ListingStatus.ARCHIVED, member, id -> listings.save(id, edit("Diarsipkan Diubah", 100_000, 1)));
    }

    @Test
    void an_edit_of_an_approved_listing_waits_for_review_while_the_live_version_sells_and_searches_unchanged() {
        String oldWord = "Lamakilau" + COUNTER.incrementAndGet();
        String newWord = "Barukilau" + COUNTER.incrementAndGet();
        ProductId id = approved("Kain " + oldWord);
        String slug = find(id).slug();
        ListingEdit changed = withTitle(find(id).live(), "Kain " + newWord);
        changed = new ListingEdit(changed.title(), new LocalizedText("Dibuat tangan. Kain " + newWord + ".", null), "batik", changed.price(), changed.weightGrams(),
                changed.variants(), List.of(new ListingEdit.Photo(otherPhoto, "Foto baru", null), new ListingEdit.Photo(photo, null, null)));
        ListingEdit edited = changed;

        assertThat(as(member, () -> listings.save(id, edited))).isEqualTo(SaveOutcome.SENT_FOR_REVIEW);

        Listing listing = find(id);
        assertThat(listing.status()).isEqualTo(ListingStatus.APPROVED);
        assertThat(listing.hasPendingRevision()).isTrue();
        assertThat(listing.live().title().id()).isEqualTo("Kain " + oldWord);
        assertThat(listing.revision().title().id()).isEqualTo("Kain " + newWord);
        ProductDetails onSale = catalog.findPublic(slug).orElseThrow();
        assertThat(onSale.title().id()).isEqualTo("Kain " + oldWord);
        assertThat(searchIds(oldWord)).contains(id);
        assertThat(searchIds(newWord)).doesNotContain(id);
        assertThat(as(curatorOfBali, () -> reviews.reviewQueue())).extracting(ListingRow::id).contains(id);

        as(curatorOfBali, () -> reviews.approve(id));
        Listing after = find(id);
        assertThat(after.hasPendingRevision()).isFalse();
        assertThat(after.live().title().id()).isEqualTo("Kain " + newWord);
        assertThat(after.live().categoryCode()).isEqualTo("batik");
        assertThat(after.live().photos()).extracting(ListingEdit.Photo::hash).containsExactly(otherPhoto, photo);
        assertThat(catalog.findPublic(slug).orElseThrow().title().id()).isEqualTo("Kain " + newWord);
        assertThat(searchIds(newWord)).contains(id);
        assertThat(searchIds(oldWord)).doesNotContain(id);
    }

    @Test
    void a_revision_sent_back_keeps_the_live_version_and_shows_the_curators_words() {
        ProductId id = approved("Kain Kembali");
        as(member, () -> listings.save(id, withTitle(find(id).live(), "Kain Kembali Baru")));
        as(curatorOfBali, () -> reviews.requestChanges(id, "Judul terlalu umum."));
        Listing listing = find(id);
        assertThat(listing.status()).isEqualTo(ListingStatus.APPROVED);
        assertThat(listing.revisionState()).isEqualTo("CHANGES_REQUESTED");
        assertThat(listing.reviewNote()).isEqualTo("Judul terlalu umum.");
        assertThat(listing.live().title().id()).isEqualTo("Kain Kembali");
        assertThat(as(curatorOfBali, () -> reviews.reviewQueue())).extracting(ListingRow::id).doesNotContain(id);
    }

    @Test
    void stock_and_a_price_change_within_twenty_percent_apply_at_once() {
        ProductId id = approved("Harga Dekat");
        ListingEdit live = find(id).live();
        ListingEdit cheaper = new ListingEdit(live.title(), live.description(), live.categoryCode(), 120_000, live.weightGrams(),
                List.of(new ListingEdit.Variant(live.variants().getFirst().sku(), "Standar", null, null, 0,
                        live.variants().getFirst().stockSeen())), live.photos());
        assertThat(as(member, () -> listings.save(id, cheaper))).isEqualTo(SaveOutcome.APPLIED);
        Listing listing = find(id);
        assertThat(listing.hasPendingRevision()).isFalse();
        assertThat(listing.live().price()).isEqualTo(120_000);
        assertThat(listing.live().totalStock()).isZero();
        assertThat(catalog.findPublic(listing.slug()).orElseThrow().price().rupiah()).isEqualTo(120_000);
    }

    @Test
    void a_price_change_beyond_twenty_percent_waits_for_review_while_stock_applies_at_once() {
        ProductId id = approved("Harga Jauh");
        ListingEdit live = find(id).live();
        ListingEdit dearer = new ListingEdit(live.title(), live.description(), live.categoryCode(), 180_001, live.weightGrams(),
                List.of(new ListingEdit.Variant(live.variants().getFirst().sku(), "Standar", null, null, 9,
                        live.variants().getFirst().stockSeen())), live.photos());
        assertThat(as(member, () -> listings.save(id, dearer))).isEqualTo(SaveOutcome.SENT_FOR_REVIEW);
        Listing listing = find(id);
        assertThat(listing.live().price()).isEqualTo(150_000);
        assertThat(listing.live().totalStock()).isEqualTo(9);
        assertThat(listing.revision().price()).isEqualTo(180_001);
        as(curatorOfBali, () -> reviews.approve(id));
        assertThat(find(id).live().price()).isEqualTo(180_001);
    }

    @Test
    void only_a_member_may_submit_and_only_a_draft_or_a_listing_sent_back() {
        for (ListingStatus status : ListingStatus.values()) {
            boolean submittable = status == ListingStatus.DRAFT || status == ListingStatus.CHANGES_REQUESTED;
            assertThat(as(member, () -> listings.maySubmit(baliGroup, status))).as(status.name()).isEqualTo(submittable);
            assertThat(as(member, () -> listings.maySubmit(ntbGroup, status))).as(status.name()).isFalse();
            assertThat(as(curatorOfBali, () -> listings.maySubmit(baliGroup, status))).as(status.name()).isFalse();
        }
    }

    @Test
    void the_price_limit_is_twenty_percent_either_way_inclusive() {
        assertThat(listings.withinLimit(100_000, 120_000)).isTrue();
        assertThat(listings.withinLimit(100_000, 80_000)).isTrue();
        assertThat(listings.withinLimit(100_000, 120_001)).isFalse();
        assertThat(listings.withinLimit(100_000, 79_999)).isFalse();
    }

    @Test
    void the_review_queue_holds_the_curators_provinces_oldest_first_and_other_curators_cannot_act() {
        ProductId first = submitted("Antrian Pertama");
        ProductId second = submitted("Antrian Kedua");
        List<ProductId> queue = as(curatorOfBali, () -> reviews.reviewQueue()).stream().map(ListingRow::id).toList();
        assertThat(queue).contains(first, second);
        assertThat(queue.indexOf(first)).isLessThan(queue.indexOf(second));
        assertThat(as(curatorOfNtb, () -> reviews.reviewQueue())).extracting(ListingRow::id).doesNotContain(first, second);
        assertThat(as(Callers.admin(-1), () -> reviews.reviewQueue())).extracting(ListingRow::id).contains(first, second);

        assertThatThrownBy(() -> as(curatorOfNtb, () -> reviews.approve(first))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(curatorOfNtb, () -> reviews.requestChanges(first, "Bukan provinsi saya"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(curatorOfNtb, () -> listings.find(first))).isInstanceOf(AccessDeniedException.class);
        assertThat(find(first).status()).isEqualTo(ListingStatus.SUBMITTED);
        for (Caller nobody : List.of(member, Callers.buyer(-9), Caller.ANONYMOUS)) {
            assertThatThrownBy(() -> as(nobody, () -> reviews.reviewQueue())).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_field_officer_prepares_a_draft_that_only_a_member_can_submit_and_the_history_tells_who_did_what() {
        ProductId id = as(curatorOfBali, () -> listings.createDraft(baliGroup, edit("Disiapkan Petugas", 90_000, 3)));
        Listing prepared = find(id);
        assertThat(prepared.preparedByOfficer()).isTrue();
        assertThatThrownBy(() -> as(curatorOfBali, () -> listings.submit(id))).isInstanceOf(AccessDeniedException.class);
        assertThat(events.stream(StaffDecision.class)).anySatisfy(decision -> {
            assertThat(decision.action()).isEqualTo("listing.prepared");
            assertThat(decision.subjectId()).isEqualTo(String.valueOf(id.value()));
        });

        as(member, () -> listings.submit(id));
        Listing submitted = find(id);
        assertThat(submitted.status()).isEqualTo(ListingStatus.SUBMITTED);
        assertThat(submitted.preparedByOfficer()).isFalse();
        assertThat(submitted.history()).extracting(Listing.HistoryEntry::action, Listing.HistoryEntry::actorRole)
                .containsSubsequence(org.assertj.core.groups.Tuple.tuple("CONFIRMED_AND_SUBMITTED", "PRODUCER"),
                        org.assertj.core.groups.Tuple.tuple("PREPARED_BY_OFFICER", "CURATOR"));
    }

    @Test
    void every_staff_decision_is_published_and_mailed_to_the_groups_members() throws Exception {
        ProductId id = submitted("Kabar Anggota");
        as(curatorOfBali, () -> reviews.approve(id));
        assertThat(events.stream(StaffDecision.class)).anySatisfy(decision -> {
            assertThat(decision.action()).isEqualTo("listing.approved");
            assertThat(decision.provinceCode()).isEqualTo(BALI);
            assertThat(decision.before()).isEqualTo("SUBMITTED");
            assertThat(decision.after()).startsWith("APPROVED");
        });
        // Mails go out after the commit, by a listener on another thread: once it has completed, the mail is in.
        ListingReviewed reviewed = events.stream(ListingReviewed.class).filter(event -> event.productId().equals(id)).findFirst().orElseThrow();
        listenersDone.awaitHandled(reviewed);
        assertThat(TestMailServer.mailsTo(memberEmail)).extracting(ListingsTest::subject)
                .contains("Produk disetujui: Kabar Anggota / Listing approved: Kabar Anggota");
    }

    @Test
    void validation_refuses_unknown_categories_and_photos_and_stores_nothing() {
        long before = as(member, () -> listings.ofGroup(baliGroup, null)).size();
        ListingEdit good = edit("Kategori Liar", 10_000, 1);
        ListingEdit badCategory = new ListingEdit(good.title(), good.description(), "senjata", good.price(), good.weightGrams(),
                good.variants(), good.photos());
        ListingEdit badPhoto = new ListingEdit(good.title(), good.description(), "tenun", good.price(), good.weightGrams(),
                good.variants(), List.of(new ListingEdit.Photo("f".repeat(64), null, null)));
        assertThatThrownBy(() -> as(member, () -> listings.createDraft(baliGroup, badCategory))).isInstanceOf(InvalidListingException.class);
        assertThatThrownBy(() -> as(member, () -> listings.createDraft(baliGroup, badPhoto))).isInstanceOf(InvalidListingException.class);
        assertThat(as(member, () -> listings.ofGroup(baliGroup, null))).hasSize((int) before);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void illegal(ProductId id, ListingStatus from, Caller caller, Consumer<ProductId> step) {
        String titleBefore = find(id).live().title().id();
        assertThatThrownBy(() -> as(caller, () -> step.accept(id))).isInstanceOfSatisfying(IllegalTransitionException.class,
                e -> assertThat(e.from()).isEqualTo(from));
        assertThat(find(id).status()).isEqualTo(from);
        assertThat(find(id).live().title().id()).isEqualTo(titleBefore);
    }

    private ProductId submitted(String title) {
        ProductId id = as(member, () -> listings.createDraft(baliGroup, edit(title, 150_000, 5)));
        as(member, () -> listings.submit(id));
        return id;
    }

    private ProductId approved(String title) {
        ProductId id = submitted(title);
        as(curatorOfBali, () -> reviews.approve(id));
        return id;
    }

    private Listing find(ProductId id) {
        return as(curatorOfBali, () -> listings.find(id));
    }

    private List<ProductId> searchIds(String word) {
        return search.search(word, CatalogQuery.all(), Locale.of("id"), 0, 50).cards().stream().map(ProductCard::id).toList();
    }

    private ListingEdit edit(String title, long price, int stock) {
        return new ListingEdit(new LocalizedText(title, null), new LocalizedText("Dibuat tangan oleh kelompok. " + title + ".", null),
                "tenun", price, 400, List.of(new ListingEdit.Variant(null, "Standar", null, null, stock)),
                List.of(new ListingEdit.Photo(photo, "Foto " + title, null)));
    }

    private static ListingEdit withTitle(ListingEdit edit, String title) {
        return new ListingEdit(new LocalizedText(title, edit.title().en()), edit.description(), edit.categoryCode(), edit.price(),
                edit.weightGrams(), edit.variants(), edit.photos());
    }

    private static <T> T as(Caller caller, java.util.function.Supplier<T> work) {
        return Callers.as(caller, work);
    }

    private static void as(Caller caller, Runnable work) {
        Callers.as(caller, work);
    }

    private static NewGroup group(String name, String province) {
        return new NewGroup(name, new LocalizedText("Cerita " + name + ".", "The story of " + name + "."), "KAWASAN_RAWAN",
                province, "Kota Uji", null, "Kelurahan Uji", null, null, null, null, null, 12, 2022);
    }
}
