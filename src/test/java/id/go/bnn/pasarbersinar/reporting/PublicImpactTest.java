package id.go.bnn.pasarbersinar.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.catalog.StorefrontImpact;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.Money;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public figures from the fixed {@link ImpactDataSet}: the database is shared with other tests (and kept between
 * runs on MariaDB), so the test reads the figures before and after building the set and checks the differences
 * against the hand-computed ones.
 */
@SpringBootTest
class PublicImpactTest {

    @Autowired
    PublicImpact impact;
    @Autowired
    ImpactDataSet dataSet;
    @Autowired
    ProducerGroups groups;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    @Test
    void figures_follow_the_ledger_paid_refunded_and_paid_out_as_computed_by_hand() {
        ImpactFigures before = impact.thisYear();
        Set<String> provincesBefore = before.byProvince().stream().map(ImpactFigures.ProvinceGroups::provinceCode).collect(Collectors.toSet());

        ImpactDataSet.Built built = dataSet.build("Tenun Uji Dampak A " + System.nanoTime() % 1_000_000, "64", "74");
        ImpactFigures after = impact.thisYear();

        assertThat(after.paidToMakers().rupiah() - before.paidToMakers().rupiah()).isEqualTo(ImpactDataSet.PAID_TO_MAKERS);
        assertThat(after.earnedThroughShop().rupiah() - before.earnedThroughShop().rupiah()).isEqualTo(ImpactDataSet.EARNED);
        assertThat(after.shippingToCouriers().rupiah() - before.shippingToCouriers().rupiah()).isEqualTo(ImpactDataSet.SHIPPING_TO_COURIERS);
        assertThat(after.groups() - before.groups()).isEqualTo(3);
        Set<String> expectedProvinces = new HashSet<>(provincesBefore);
        expectedProvinces.addAll(List.of("64", "74"));
        assertThat(after.provinces()).isEqualTo(expectedProvinces.size());
        assertThat(after.byProvince()).extracting(ImpactFigures.ProvinceGroups::provinceCode).containsAll(List.of("64", "74"));
        ImpactFigures.ProvinceGroups kaltim = after.byProvince().stream().filter(p -> p.provinceCode().equals("64")).findFirst().orElseThrow();
        assertThat(kaltim.provinceName()).isEqualTo("Kalimantan Timur");
        assertThat(kaltim.groups()).extracting(ImpactFigures.ReachedGroup::url)
                .contains("kelompok/" + slug(built.a().value()), "kelompok/" + slug(built.b().value()));
        // Nobody agreed yet: none of the three groups shows its own figure.
        List<String> ours = List.of("kelompok/" + slug(built.a().value()), "kelompok/" + slug(built.b().value()), "kelompok/" + slug(built.c().value()));
        assertThat(after.byProvince()).flatExtracting(ImpactFigures.ProvinceGroups::groups).filteredOn(group -> ours.contains(group.url()))
                .hasSize(3).extracting(ImpactFigures.ReachedGroup::earned).containsOnlyNulls();
        assertThat(impact.earnedByGroup(built.a())).isEmpty();

        // The group's member agrees: its own earnings appear, and only its own.
        Callers.as(built.memberOfA(), () -> groups.setImpactConsent(built.a(), true));
        assertThat(impact.earnedByGroup(built.a())).contains(Money.rupiah(ImpactDataSet.EARNED_A));
        assertThat(impact.earnedByGroup(built.b())).isEmpty();
        assertThat(impact.earnedByGroup(built.c())).isEmpty();
        ImpactFigures consented = impact.thisYear();
        assertThat(consented.byProvince()).flatExtracting(ImpactFigures.ProvinceGroups::groups)
                .filteredOn(group -> group.url().equals("kelompok/" + slug(built.a().value())))
                .extracting(ImpactFigures.ReachedGroup::earned).containsExactly(Money.rupiah(ImpactDataSet.EARNED_A));
        Callers.as(built.memberOfB(), () -> groups.setImpactConsent(built.b(), true));
        assertThat(impact.earnedByGroup(built.b())).contains(Money.rupiah(ImpactDataSet.EARNED_B));
        Callers.as(built.memberOfB(), () -> groups.setImpactConsent(built.b(), false));
        assertThat(impact.earnedByGroup(built.b())).isEmpty();

        // The headline the home page shows is the same year's figures.
        StorefrontImpact.Headline headline = impact.headline().orElseThrow();
        ImpactFigures now = impact.thisYear();
        assertThat(headline).isEqualTo(new StorefrontImpact.Headline(now.year(), now.paidToMakers(), now.groups(), now.provinces()));

        // Every switch is recorded: who and when, on and off.
        assertThat(jdbc.sql("SELECT granted FROM producer_group_consent WHERE group_id = ? ORDER BY id").param(built.b().value())
                .query(Boolean.class).list()).containsExactly(true, false);
        assertThat(jdbc.sql("SELECT account_id FROM producer_group_consent WHERE group_id = ?").param(built.a().value())
                .query(Long.class).single()).isEqualTo(built.memberOfA().accountId());
    }

    @Test
    void only_a_member_of_the_group_decides_its_consent_and_it_is_off_by_default() {
        ImpactDataSet.Built built = dataSet.build("Tenun Uji Izin " + System.nanoTime() % 1_000_000, "65", "65");
        assertThat(Callers.as(built.memberOfA(), () -> groups.impactConsent(built.a()))).isFalse();
        assertThatThrownBy(() -> Callers.as(Callers.admin(-9110), () -> groups.setImpactConsent(built.a(), true)))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> Callers.as(built.memberOfB(), () -> groups.setImpactConsent(built.a(), true)))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> groups.setImpactConsent(built.a(), true)).isInstanceOf(RuntimeException.class);
        assertThat(impact.earnedByGroup(built.a())).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM producer_group_consent WHERE group_id = ?").param(built.a().value()).query(Long.class).single())
                .isZero();
    }

    @Test
    void a_year_without_sales_has_no_figures() {
        ImpactFigures past = impact.of(2001);
        assertThat(past.paidToMakers()).isEqualTo(Money.ZERO);
        assertThat(past.groups()).isZero();
        assertThat(past.provinces()).isZero();
        assertThat(past.byProvince()).isEmpty();
    }

    private String slug(long groupId) {
        return jdbc.sql("SELECT slug FROM producer_group WHERE id = ?").param(groupId).query(String.class).single();
    }
}
