package id.go.bnn.pasarbersinar.exhibition;

import static id.go.bnn.pasarbersinar.exhibition.ExhibitionFixture.ADMIN;
import static id.go.bnn.pasarbersinar.exhibition.ExhibitionFixture.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.identity.AccountId;
import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Events, booths and sellers: who may organise them, and the bad input of issue 21 refused with nothing changed. */
@SpringBootTest
class ExhibitionsTest {

    @Autowired
    Exhibitions exhibitions;
    @Autowired
    ExhibitionFixture fixture;

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    private static ExhibitionPlan plan(String province, LocalDate starts, LocalDate ends) {
        return new ExhibitionPlan("Pameran HANI", "Lapangan Banteng, Jakarta", province, starts, ends, 0);
    }

    @Test
    void staff_organise_an_event_and_its_sellers_see_it_while_it_is_open() {
        OrderFixture.Group ntt = fixture.ntt();
        AccountId member = fixture.member(ntt);
        Caller curator = Callers.curator(-5311, "53");
        ExhibitionId id = Callers.as(curator, () -> exhibitions.create(
                new ExhibitionPlan("  Pameran Kupang  ", "Taman Nostalgia", "53", today(), today().plusDays(1), 500)));
        Callers.as(curator, () -> {
            exhibitions.addBooth(id, new GroupId(ntt.id()), "A1");
            exhibitions.addSeller(id, new GroupId(ntt.id()), fixture.email(member));
        });
        Caller seller = Callers.producer(member.value(), ntt.id());

        assertThat(exhibitions.sellingAt(seller)).isEmpty();
        Callers.as(curator, () -> exhibitions.open(id));

        assertThat(exhibitions.sellingAt(seller)).extracting(Exhibition::id).containsExactly(id);
        Exhibition event = Callers.as(curator, () -> exhibitions.find(id)).orElseThrow();
        assertThat(event.name()).isEqualTo("Pameran Kupang");
        assertThat(event.commissionBps()).isEqualTo(500);
        assertThat(event.status()).isEqualTo(ExhibitionStatus.OPEN);
        assertThat(Callers.as(curator, () -> exhibitions.booths(id))).singleElement().satisfies(booth -> {
            assertThat(booth.label()).isEqualTo("A1");
            assertThat(booth.sellers()).extracting(Booth.Seller::accountId).containsExactly(member.value());
        });
        assertThat(Callers.as(seller, () -> exhibitions.ofActingGroup())).extracting(Exhibition::id).contains(id);
        assertThat(Callers.as(curator, () -> exhibitions.listForStaff())).extracting(Exhibition::id).contains(id);
        assertThat(Callers.as(Callers.curator(-3611, "36"), () -> exhibitions.listForStaff())).extracting(Exhibition::id).doesNotContain(id);

        Callers.as(curator, () -> exhibitions.end(id));
        assertThat(exhibitions.sellingAt(seller)).isEmpty();
    }

    @Test
    void impossible_dates_are_refused_with_a_message_and_no_event_is_made() {
        long before = fixture.events();
        Callers.signIn(ADMIN);

        assertThatThrownBy(() -> exhibitions.create(plan("31", today().plusDays(3), today().plusDays(1))))
                .hasMessage("exhibition.error.dates-order");
        assertThatThrownBy(() -> exhibitions.create(plan("31", null, today()))).hasMessage("exhibition.error.dates-missing");
        assertThatThrownBy(() -> exhibitions.create(plan("31", today(), today().plusYears(1)))).hasMessage("exhibition.error.dates-too-long");
        assertThatThrownBy(() -> exhibitions.create(plan("31", today().minusDays(9), today().minusDays(7)))).hasMessage("exhibition.error.dates-past");
        assertThatThrownBy(() -> exhibitions.create(plan("99", today(), today()))).hasMessage("exhibition.error.province");
        assertThatThrownBy(() -> exhibitions.create(new ExhibitionPlan(" ", "Jakarta", "31", today(), today(), 0))).hasMessage("exhibition.error.name");
        assertThatThrownBy(() -> exhibitions.create(new ExhibitionPlan("HANI", "Jakarta", "31", today(), today(), 10_001)))
                .hasMessage("exhibition.error.commission");

        assertThat(fixture.events()).isEqualTo(before);
    }

    @Test
    void an_edit_with_impossible_dates_changes_nothing() {
        ExhibitionId id = fixture.event("Pameran Tetap");
        Callers.signIn(ADMIN);

        assertThatThrownBy(() -> exhibitions.edit(id, new ExhibitionPlan("Baru", "Tempat baru", "31", today().plusDays(2), today(), 0)))
                .hasMessage("exhibition.error.dates-order");

        Exhibition event = exhibitions.find(id).orElseThrow();
        assertThat(event.name()).isEqualTo("Pameran Tetap");
        assertThat(event.endsOn()).isEqualTo(today().plusDays(2));
    }

    @Test
    void a_curator_organises_only_events_of_the_provinces_it_answers_for() {
        ExhibitionId jakarta = fixture.event("Pameran Jakarta");
        Caller nttCurator = Callers.curator(-5312, "53");

        assertThatThrownBy(() -> Callers.as(nttCurator, () -> exhibitions.create(plan("31", today(), today()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Callers.as(nttCurator, () -> exhibitions.open(jakarta))).isInstanceOf(AccessDeniedException.class);
        assertThat(Callers.as(nttCurator, () -> exhibitions.find(jakarta))).isEmpty();
        assertThat(Callers.as(ADMIN, () -> exhibitions.find(jakarta)).orElseThrow().status()).isEqualTo(ExhibitionStatus.PLANNED);
    }

    @Test
    void a_seller_must_be_a_member_of_the_booths_group_or_staff_and_a_group_not_at_the_event_has_no_booth_to_sell_at() {
        OrderFixture.Group ntt = fixture.ntt();
        OrderFixture.Group banten = fixture.banten();
        ExhibitionId id = fixture.event("Pameran Penjual", ntt);
        AccountId bantenMember = fixture.member(banten);
        AccountId buyer = fixture.buyer();
        Callers.signIn(ADMIN);

        assertThatThrownBy(() -> exhibitions.addSeller(id, new GroupId(ntt.id()), fixture.email(bantenMember)))
                .hasMessage("exhibition.error.not-a-seller");
        assertThatThrownBy(() -> exhibitions.addSeller(id, new GroupId(ntt.id()), fixture.email(buyer))).hasMessage("exhibition.error.not-a-seller");
        assertThatThrownBy(() -> exhibitions.addSeller(id, new GroupId(ntt.id()), "nobody@nowhere.example")).hasMessage("exhibition.error.not-a-seller");
        assertThatThrownBy(() -> exhibitions.addSeller(id, new GroupId(banten.id()), fixture.email(bantenMember)))
                .hasMessage("exhibition.error.not-at-event");
        assertThatThrownBy(() -> exhibitions.addBooth(id, new GroupId(ntt.id()), null)).hasMessage("exhibition.error.booth-exists");

        assertThat(exhibitions.booths(id)).singleElement().satisfies(booth -> assertThat(booth.sellers()).isEmpty());
    }

    @Test
    void an_ended_event_takes_no_more_changes() {
        OrderFixture.Group ntt = fixture.ntt();
        ExhibitionId id = fixture.event("Pameran Selesai", ntt);
        AccountId member = fixture.member(ntt);
        Callers.signIn(ADMIN);
        exhibitions.end(id);

        assertThatThrownBy(() -> exhibitions.end(id)).hasMessage("exhibition.error.ended");
        assertThatThrownBy(() -> exhibitions.open(id)).hasMessage("exhibition.error.not-planned");
        assertThatThrownBy(() -> exhibitions.addSeller(id, new GroupId(ntt.id()), fixture.email(member))).hasMessage("exhibition.error.ended");
        assertThatThrownBy(() -> exhibitions.edit(id, plan("31", today(), today()))).hasMessage("exhibition.error.ended");
        assertThat(exhibitions.booths(id)).singleElement().satisfies(booth -> assertThat(booth.sellers()).isEmpty());
    }
}
