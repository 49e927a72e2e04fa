package id.go.bnn.pasarbersinar.order.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import id.go.bnn.pasarbersinar.order.ShippingRates;
import id.go.bnn.pasarbersinar.order.ShippingZone;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Money;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The administrator's national table at /staf/ongkir and a group's own at /mitra/ongkir. */
@SpringBootTest
class ShippingRatesViewTest extends SpringBrowserlessTest {

    static final String ATTACK = "</script><img src=x onerror=alert(1)>";

    @Autowired
    ShippingRates rates;
    @Autowired
    ProducerGroups groups;

    Map<ShippingZone, ShippingRates.Rate> national;

    @BeforeEach
    void remember_the_national_table() {
        national = rates.table(ShippingRates.NATIONAL);
    }

    @AfterEach
    void national_table_as_it_was() {
        Callers.as(Callers.admin(-1), () -> rates.replace(ShippingRates.NATIONAL, national));
        Callers.signOut();
    }

    private TextField field(ShippingZone zone, String className) {
        String name = zone.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        Section box = $(Section.class).withClassName("pb-rate-zone-" + name).first();
        return $(TextField.class, box).withClassName(className).first();
    }

    private void click(String className) {
        test($(Button.class).withClassName(className).first()).click();
    }

    @Test
    void an_administrator_edits_the_national_table() {
        Callers.signIn(Callers.admin(-91));
        navigate("staf/ongkir", NationalShippingRatesView.class);
        assertThat(field(ShippingZone.SAME_PROVINCE, "pb-rate-first").getValue())
                .isEqualTo(String.valueOf(national.get(ShippingZone.SAME_PROVINCE).firstKg().rupiah()));

        test(field(ShippingZone.ABROAD, "pb-rate-first")).setValue("275.000");
        test(field(ShippingZone.ABROAD, "pb-rate-extra")).setValue("Rp 130000");
        click("pb-rate-save");

        assertThat($(Paragraph.class).withClassName("pb-order-saved").first().getText()).startsWith("Tarif nasional disimpan");
        assertThat(rates.table(ShippingRates.NATIONAL).get(ShippingZone.ABROAD))
                .isEqualTo(new ShippingRates.Rate(Money.rupiah(275_000), Money.rupiah(130_000)));
    }

    @Test
    void bad_figures_are_marked_and_nothing_is_saved() {
        Callers.signIn(Callers.admin(-92));
        navigate("staf/ongkir", NationalShippingRatesView.class);
        test(field(ShippingZone.SAME_PROVINCE, "pb-rate-first")).setValue("15000");
        test(field(ShippingZone.SAME_ISLAND, "pb-rate-first")).setValue("12,5");
        test(field(ShippingZone.DOMESTIC, "pb-rate-extra")).setValue("-5000");
        test(field(ShippingZone.ABROAD, "pb-rate-extra")).setValue("99.000.000");
        test(field(ShippingZone.ABROAD, "pb-rate-first")).setValue("");
        click("pb-rate-save");

        assertThat(field(ShippingZone.SAME_ISLAND, "pb-rate-first").isInvalid()).isTrue();
        assertThat(field(ShippingZone.SAME_ISLAND, "pb-rate-first").getErrorMessage()).contains("rupiah utuh");
        assertThat(field(ShippingZone.DOMESTIC, "pb-rate-extra").getErrorMessage()).contains("negatif");
        assertThat(field(ShippingZone.ABROAD, "pb-rate-extra").getErrorMessage()).isEqualTo("Paling banyak Rp 10.000.000.");
        assertThat(field(ShippingZone.ABROAD, "pb-rate-first").getErrorMessage()).contains("Isi jumlah");
        assertThat(field(ShippingZone.SAME_PROVINCE, "pb-rate-first").isInvalid()).isFalse();
        assertThat($(Paragraph.class).withClassName("pb-order-error").first().getText()).contains("belum ada yang disimpan");
        assertThat(rates.table(ShippingRates.NATIONAL)).isEqualTo(national);
    }

    @Test
    void a_member_sets_the_group_table_and_goes_back_to_the_national_one() {
        GroupId group = Caller.runAsSystem(() -> {
            GroupId id = groups.register(new NewGroup(ATTACK, new LocalizedText("Cerita.", "Story."), "KAWASAN_RAWAN", "53", "Kota Kupang",
                    null, null, null, null, null, null, null, 5, 2024), false);
            groups.verify(id);
            return id;
        });
        Callers.signIn(Callers.producer(-93, group.value()));
        navigate("mitra/ongkir", GroupShippingRatesView.class);
        String html = getCurrentView().getElement().getOuterHTML();
        assertThat($(Paragraph.class).withClassName("pb-rate-group").first().getText()).contains(ATTACK);
        assertThat(html).doesNotContain("<img src=x");
        assertThat($(Paragraph.class).withClassName("pb-rate-state").first().getText()).contains("tarif nasional");
        assertThat($(Button.class).withClassName("pb-rate-national").all()).isEmpty();

        test(field(ShippingZone.SAME_PROVINCE, "pb-rate-first")).setValue("abc");
        click("pb-rate-save");
        assertThat(rates.hasOwnTable(group.value())).isFalse();

        test(field(ShippingZone.SAME_PROVINCE, "pb-rate-first")).setValue("8.000");
        test(field(ShippingZone.SAME_PROVINCE, "pb-rate-extra")).setValue("3000");
        click("pb-rate-save");
        assertThat(rates.table(group.value()).get(ShippingZone.SAME_PROVINCE))
                .isEqualTo(new ShippingRates.Rate(Money.rupiah(8_000), Money.rupiah(3_000)));
        assertThat(rates.table(group.value()).get(ShippingZone.ABROAD)).isEqualTo(national.get(ShippingZone.ABROAD));
        assertThat($(Paragraph.class).withClassName("pb-rate-state").first().getText()).contains("tarif sendiri");

        click("pb-rate-national");
        assertThat(rates.hasOwnTable(group.value())).isFalse();
        assertThat($(Paragraph.class).withClassName("pb-order-saved").first().getText()).contains("kembali memakai tarif nasional");
        assertThat(List.of(field(ShippingZone.SAME_PROVINCE, "pb-rate-first").getValue()))
                .containsExactly(String.valueOf(national.get(ShippingZone.SAME_PROVINCE).firstKg().rupiah()));
    }
}
