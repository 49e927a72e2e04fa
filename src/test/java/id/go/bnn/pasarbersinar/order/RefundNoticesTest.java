package id.go.bnn.pasarbersinar.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.go.bnn.pasarbersinar.mail.TestMailServer;
import id.go.bnn.pasarbersinar.order.internal.OrderLinks;
import id.go.bnn.pasarbersinar.payout.Earnings;
import id.go.bnn.pasarbersinar.payout.Statement;
import id.go.bnn.pasarbersinar.payout.StatementRow;
import id.go.bnn.pasarbersinar.payout.StatementTable;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Who hears of a refund: the buyer by mail (GreenMail), with the amount and where the money goes, for a partial refund
 * and for a cancel; the group on its statement, with the refund and the commission given back rather than one net figure.
 */
@SpringBootTest
class RefundNoticesTest {

    @Autowired
    Orders orders;
    @Autowired
    OrderFixture fixture;
    @Autowired
    OrderLinks links;
    @Autowired
    Earnings earnings;

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    private String paidOrder(String buyer, long variant, int quantity) {
        CheckoutForm form = fixture.form();
        form = new CheckoutForm(form.name(), buyer, form.phone(), form.provinceCode(), form.regencyCode(), form.districtCode(),
                form.postalCode(), form.street(), form.notes(), null);
        return fixture.paidOrder(fixture.cart(variant, quantity), form);
    }

    private static List<String> mailsTo(String address, String subjectPart) {
        return TestMailServer.mailsTo(address).stream().filter(mail -> {
            try {
                return mail.getSubject().contains(subjectPart);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).map(mail -> GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=")).toList();
    }

    @Test
    void the_buyer_is_mailed_a_partial_refund_and_then_the_cancel_with_the_amounts_and_where_the_money_goes() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000, "Tas surat refund");
        String buyer = "refund." + System.nanoTime() + "@contoh.id";
        String number = paidOrder(buyer, tas, 2);
        long parcel = fixture.fulfilmentIds(number).getFirst();
        long line = fixture.jdbc().sql("SELECT id FROM order_line WHERE fulfilment_id = ?").param(parcel).query(Long.class).single();
        long shipping = fixture.jdbc().sql("SELECT shipping FROM fulfilment WHERE id = ?").param(parcel).query(Long.class).single();

        Callers.as(Callers.producer(-310, fixture.ntt().id()), () -> orders.refund(parcel, Map.of(line, 1), false));
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo(buyer, "dikembalikan").isEmpty());
        String refund = mailsTo(buyer, "dikembalikan").getFirst();
        assertThat(refund).contains(number).contains("Rp 150.000").contains("barang Rp 150.000").contains("items Rp 150.000")
                .contains("pembayaran demo").contains("a demo payment").contains(links.url(number)).doesNotContain("dibatalkan");

        orders.cancel(parcel, links.token(number));
        String back = id.go.bnn.pasarbersinar.shared.Money.rupiah(150_000 + shipping).format();
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo(buyer, "dibatalkan").isEmpty());
        String cancel = mailsTo(buyer, "dibatalkan").getFirst();
        assertThat(cancel).contains(number).contains(back)
                .contains("ongkos kirim " + id.go.bnn.pasarbersinar.shared.Money.rupiah(shipping).format())
                .contains("will not be shipped").contains("pembayaran demo");
        assertThat(mailsTo(buyer, "dikembalikan")).hasSize(2);
    }

    @Test
    void the_statement_shows_the_refund_the_shipping_and_the_commission_given_back_on_screen_in_csv_and_pdf() throws Exception {
        long tas = fixture.variant(fixture.banten(), 5, 200_000, "Batik pernyataan refund");
        String number = paidOrder("pernyataan." + System.nanoTime() + "@contoh.id", tas, 1);
        long parcel = fixture.fulfilmentIds(number).getFirst();
        long shipping = fixture.jdbc().sql("SELECT shipping FROM fulfilment WHERE id = ?").param(parcel).query(Long.class).single();
        Callers.as(Callers.admin(-311), () -> orders.refund(parcel, Map.of(), false));
        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.jdbc().sql("SELECT COUNT(*) FROM ledger_transaction WHERE source_key LIKE 'refund:%' "
                + "AND description LIKE ?").param("%" + number + "%").query(Integer.class).single() == 1);
        long commission = fixture.jdbc().sql("SELECT commission FROM payout_fulfilment WHERE fulfilment_id = ?").param(parcel).query(Long.class).single();
        GroupId group = new GroupId(fixture.banten().id());
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Jakarta"));

        Statement statement = Callers.as(Callers.producer(-312, group.value()), () -> earnings.statement(group, month));
        StatementRow refund = statement.rows().stream().filter(row -> row.kind() == StatementRow.Kind.REFUND && number.equals(row.reference()))
                .findFirst().orElseThrow();
        assertThat(refund.price()).isEqualTo(-200_000);
        assertThat(refund.shipping()).isEqualTo(-shipping);
        assertThat(refund.commission()).isEqualTo(-commission);
        assertThat(refund.amount()).isEqualTo(-(200_000 - commission + shipping));
        List<String> cells = StatementTable.cells(refund, Locale.ENGLISH);
        assertThat(cells).contains("-Rp 200.000").contains("Paid back to the buyer; commission given back to the group");

        String csv = Callers.as(Callers.producer(-312, group.value()), () -> earnings.statementCsv(group, month, Locale.ENGLISH));
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new java.io.StringReader(csv)).getRecords();
        assertThat(records).anySatisfy(record -> assertThat(record.toList()).contains(number).contains("Refund")
                .contains("Paid back to the buyer; commission given back to the group"));
        byte[] pdf = Callers.as(Callers.producer(-312, group.value()), () -> earnings.statementPdf(group, month, Locale.ENGLISH));
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(number).contains("-Rp 200.000").contains("Paid back to the buyer");
        }
    }
}
