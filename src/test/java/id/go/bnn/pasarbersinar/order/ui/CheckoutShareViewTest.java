package id.go.bnn.pasarbersinar.order.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import id.go.bnn.pasarbersinar.mail.TestMailServer;
import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.payment.internal.DemoCheckout;
import id.go.bnn.pasarbersinar.payout.CommissionRate;
import id.go.bnn.pasarbersinar.payout.Commissions;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.producer.Regions;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * At checkout and in the confirmation mail each parcel says how much of it goes to its group; with a fixed commission
 * rate (a group override of 7,5 %) that is exactly what the ledger's {@code paid:} posting later credits the group.
 */
@SpringBootTest
class CheckoutShareViewTest extends SpringBrowserlessTest {

    @Autowired
    OrderFixture fixture;
    @Autowired
    ProducerGroups groups;
    @Autowired
    Commissions commissions;
    @Autowired
    Regions regions;
    @Autowired
    DemoCheckout demo;

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    private GroupId groupAtRate(String name, int basisPoints) {
        GroupId group = Caller.runAsSystem(() -> {
            GroupId id = groups.register(new NewGroup(name, new LocalizedText("Cerita.", "Story."), "KAWASAN_RAWAN", "53", "Kota Kupang", null,
                    null, null, null, null, null, null, 4, 2022), false);
            groups.verify(id);
            return id;
        });
        Callers.as(Callers.admin(-9201), () -> commissions.setGroupRate(group, new CommissionRate(basisPoints)));
        return group;
    }

    private void add(long variant, int quantity) {
        UI.getCurrent().navigate("keranjang", QueryParameters.simple(Map.of("tambah", String.valueOf(variant), "jumlah", String.valueOf(quantity))));
    }

    @Test
    void each_parcel_shows_the_share_of_its_group_which_the_ledger_then_credits_and_the_mail_repeats() {
        long unique = System.nanoTime() % 1_000_000;
        String nameA = "Tenun Bagi Hasil " + unique;
        String nameB = "Anyaman Bagi Hasil " + unique;
        GroupId a = groupAtRate(nameA, 750);
        GroupId b = groupAtRate(nameB, 0);
        // A: 2 × Rp 123.457 = 246.914, commission 7,5 % = 18.518,55 → 18.519; 1,6 kg to NTT: Rp 18.000 → 246.395.
        long tenun = fixture.variant(new OrderFixture.Group(a.value(), "53"), 5, 123_457, "Selendang bagi hasil");
        // B: Rp 60.000 without commission, 0,8 kg: Rp 12.000 → 72.000.
        long anyaman = fixture.variant(new OrderFixture.Group(b.value(), "53"), 5, 60_000, "Tas bagi hasil");
        add(tenun, 2);
        add(anyaman, 1);

        CheckoutView view = navigate("checkout", CheckoutView.class);
        assertThat($(Paragraph.class).withClassName("pb-summary-share").all()).isEmpty(); // no province yet: no shipping, no share
        view.province.setValue(regions.province("53").orElseThrow());
        List<String> shares = $(Paragraph.class).withClassName("pb-summary-share").all().stream().map(Paragraph::getText).toList();
        assertThat(shares).containsExactlyInAnyOrder(
                "Rp 246.395 dari paket ini untuk " + nameA + " (harga barang setelah komisi toko, ditambah ongkos kirim).",
                "Rp 72.000 dari paket ini untuk " + nameB + " (harga barang setelah komisi toko, ditambah ongkos kirim).");

        String email = "bagi-hasil-" + unique + "@contoh.id";
        view.name.setValue("Pembeli Bagi Hasil");
        view.email.setValue(email);
        view.phone.setValue("0812-3456-7890");
        view.regency.setValue(view.regency.getListDataView().getItems().findFirst().orElseThrow());
        view.district.setValue(view.district.getListDataView().getItems().findFirst().orElseThrow());
        view.postalCode.setValue("85111");
        view.street.setValue("Jl. Bagi Hasil No. 7");
        test(view.pay).click();

        String number = fixture.jdbc().sql("SELECT number FROM customer_order WHERE buyer_email = ?").param(email).query(String.class).single();
        demo.choose(fixture.paymentSession(number), DemoCheckout.Choice.PAY);
        List<Long> parcels = fixture.fulfilmentIds(number);
        await().atMost(Duration.ofSeconds(20)).until(() -> parcels.stream().allMatch(parcel -> credited(parcel) != 0));
        assertThat(parcels.stream().map(parcel -> Map.entry(groupOf(parcel), credited(parcel))).toList())
                .containsExactlyInAnyOrder(Map.entry(a.value(), 246_395L), Map.entry(b.value(), 72_000L));

        await().atMost(Duration.ofSeconds(20)).until(() -> !TestMailServer.mailsTo(email).isEmpty());
        String body = GreenMailUtil.getBody(TestMailServer.mailsTo(email).getFirst()).replace("=\r\n", "");
        assertThat(body).contains("- " + nameA + ": " + Money.rupiah(246_395).format(), "- " + nameB + ": " + Money.rupiah(72_000).format())
                .contains("Yang diterima setiap kelompok", "What each group receives");
    }

    private long credited(long fulfilmentId) {
        return fixture.jdbc().sql("SELECT COALESCE(SUM(e.amount), 0) FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id "
                        + "WHERE t.source_key = ? AND e.account = 'GROUP_PENDING'")
                .param("paid:" + fulfilmentId).query(Long.class).single();
    }

    private long groupOf(long fulfilmentId) {
        return fixture.jdbc().sql("SELECT group_id FROM fulfilment WHERE id = ?").param(fulfilmentId).query(Long.class).single();
    }
}
