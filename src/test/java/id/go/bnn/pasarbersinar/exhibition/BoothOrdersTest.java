package id.go.bnn.pasarbersinar.exhibition;

import static id.go.bnn.pasarbersinar.exhibition.BoothFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.go.bnn.pasarbersinar.exhibition.BoothFixture.Booth;
import id.go.bnn.pasarbersinar.exhibition.BoothFixture.Seller;
import id.go.bnn.pasarbersinar.mail.TestMailServer;
import id.go.bnn.pasarbersinar.order.DeliveryAddress;
import id.go.bnn.pasarbersinar.order.OrderException;
import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.order.OrderOnBehalf;
import id.go.bnn.pasarbersinar.order.Places;
import id.go.bnn.pasarbersinar.order.PlacedOnBehalf;
import id.go.bnn.pasarbersinar.order.ShippingRates;
import id.go.bnn.pasarbersinar.order.ShippingZone;
import id.go.bnn.pasarbersinar.order.internal.OrderReleases;
import id.go.bnn.pasarbersinar.payment.internal.DemoCheckout;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Orders for later delivery taken at a booth, against the real database and GreenMail: a normal order with its parcel
 * and the shipping abroad, the items out of the booth's stock and reserved for the order, the card link mailed, paid as
 * any order, or given back to the booth when left unpaid; bad input changes nothing.
 */
@SpringBootTest
class BoothOrdersTest {

    @Autowired
    BoothOrders orders;
    @Autowired
    BoothFixture fixture;
    @Autowired
    OrderFixture orderFixture;
    @Autowired
    ShippingRates rates;
    @Autowired
    Places places;
    @Autowired
    OrderReleases releases;
    @Autowired
    DemoCheckout demo;
    @Autowired
    JdbcClient jdbc;

    static String buyer() {
        return "besucher-" + UUID.randomUUID().toString().substring(0, 8) + "@wien.example.at";
    }

    static OrderOnBehalf toVienna(Booth booth, String email, long variant, int quantity) {
        return new OrderOnBehalf(booth.exhibitionId(), List.of(new OrderOnBehalf.Line(variant, quantity)), "Anna Gruber", email,
                "+43 1 234 5678", DeliveryAddress.abroad("AT", "Wagramer Straße 5\nTür 12", "1220", "Wien"), null, Locale.ENGLISH);
    }

    /** What the group's table (or the national one) charges abroad for this many kilograms, worked out here. */
    long abroad(Booth booth, int kilograms) {
        ShippingRates.Rate rate = rates.table(booth.groupId()).getOrDefault(ShippingZone.ABROAD,
                rates.table(ShippingRates.NATIONAL).get(ShippingZone.ABROAD));
        return rate.firstKg().rupiah() + rate.perExtraKg().rupiah() * (kilograms - 1);
    }

    Map<String, Object> order(String number) {
        return jdbc.sql("SELECT status, country_code, province_code, regency, district, postal_code, street, buyer_phone, channel, exhibition_id, "
                + "placed_by, account_id, items_total, shipping_total, total, payment_method FROM customer_order WHERE number = ?")
                .param(number).query().singleRow();
    }

    static String body(MimeMessage mail) throws Exception {
        return ((String) mail.getContent()).replace("\r\n", "\n");
    }

    @Test
    void an_order_to_vienna_is_a_normal_order_with_its_parcel_shipping_abroad_the_booth_stock_and_a_mailed_card_link() throws Exception {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 150_000, 3, "Kain tenun ikat Fatululi");
        String email = buyer();

        PlacedOnBehalf placed = as(seller.caller(), () -> orders.place(booth.groupId(), toVienna(booth, email, variant, 2)));

        // Two pieces of 800 g: 2 kg abroad.
        assertThat(placed.itemsTotal().rupiah()).isEqualTo(300_000);
        assertThat(placed.shippingTotal().rupiah()).isEqualTo(abroad(booth, 2));
        assertThat(placed.total().rupiah()).isEqualTo(300_000 + abroad(booth, 2));
        Map<String, Object> row = order(placed.number());
        assertThat(row).containsEntry("STATUS", "AWAITING_PAYMENT").containsEntry("COUNTRY_CODE", "AT").containsEntry("REGENCY", "Wien")
                .containsEntry("POSTAL_CODE", "1220").containsEntry("STREET", "Wagramer Straße 5\nTür 12").containsEntry("BUYER_PHONE", "+4312345678")
                .containsEntry("CHANNEL", "BOOTH").containsEntry("PAYMENT_METHOD", "CARD");
        assertThat(row.get("PROVINCE_CODE")).isNull();
        assertThat(row.get("ACCOUNT_ID")).isNull();
        assertThat(((Number) row.get("EXHIBITION_ID")).longValue()).isEqualTo(booth.exhibitionId());
        assertThat(((Number) row.get("PLACED_BY")).longValue()).isEqualTo(seller.accountId());
        // The items stay reserved for as long as the mailed link is valid: 24 hours.
        assertThat(jdbc.sql("SELECT created_at, reserved_until FROM customer_order WHERE number = ?").param(placed.number())
                .query((rs, r) -> Duration.between(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant())).single())
                .isEqualTo(Duration.ofHours(24));
        assertThat(orderFixture.fulfilmentStatuses(placed.number())).containsExactly("AWAITING_PAYMENT");
        // Out of the booth (it cannot sell them again), reserved for the order: none of them went on sale online.
        assertThat(fixture.sold(booth, variant)).isEqualTo(2);
        assertThat(orderFixture.stock(variant)).isZero();

        List<MimeMessage> mails = TestMailServer.mailsTo(email);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).isEqualTo("Pesanan " + placed.number() + ": tautan pembayaran kartu / Order " + placed.number() + ": your card payment link");
        String text = body(mails.getFirst());
        assertThat(text).contains("Anna Gruber", "2 x Kain tenun ikat Fatululi", "Wagramer Straße 5, Tür 12, 1220 Wien, AUSTRIA",
                placed.total().format(), placed.paymentUrl(), placed.orderUrl(), "Pay by card at:");
        Matcher link = Pattern.compile("Bayar dengan kartu di:\n(\\S+)").matcher(text);
        assertThat(link.find()).isTrue();
        // In the demo the link opens the demo provider's page of this order's payment.
        assertThat(URI.create(link.group(1)).getPath()).isEqualTo("/bayar/demo/" + orderFixture.paymentSession(placed.number()));

        demo.choose(orderFixture.paymentSession(placed.number()), DemoCheckout.Choice.PAY);
        await().atMost(Duration.ofSeconds(20)).until(() -> orderFixture.orderStatus(placed.number()).equals("PAID"));
        long fulfilment = orderFixture.fulfilmentIds(placed.number()).getFirst();
        assertThat(orderFixture.fulfilmentStatuses(placed.number())).containsExactly("PAID");
        // Booked as an online sale (paid:<parcel>), never as a booth sale.
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT COUNT(*) FROM ledger_transaction WHERE source_key = ?")
                .param("paid:" + fulfilment).query(Long.class).single() == 1);
        assertThat(fixture.sold(booth, variant)).isEqualTo(2);
    }

    @Test
    void an_order_to_an_indonesian_address_is_checked_and_charged_as_at_checkout() {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 50_000, 1);
        Places.Place regency = places.regencies("53").getFirst();
        Places.Place district = places.districts(regency.code()).getFirst();
        DeliveryAddress kupang = DeliveryAddress.indonesia("53", regency.code(), district.code(), "85111", "Jl. El Tari No. 5");
        OrderOnBehalf order = new OrderOnBehalf(booth.exhibitionId(), List.of(new OrderOnBehalf.Line(variant, 1)), "Maria Bete", buyer(),
                "0812-3456-7890", kupang, null, Locale.of("id"));

        PlacedOnBehalf placed = as(seller.caller(), () -> orders.place(booth.groupId(), order));

        assertThat(placed.shippingTotal()).isEqualTo(rates.quote(booth.groupId(), "53", "53", 800));
        assertThat(order(placed.number())).containsEntry("COUNTRY_CODE", "ID").containsEntry("PROVINCE_CODE", "53")
                .containsEntry("BUYER_PHONE", "+6281234567890");
    }

    @Test
    void an_order_sent_twice_with_its_request_id_is_placed_and_mailed_once() {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 70_000, 1);
        String email = buyer();
        OrderOnBehalf once = toVienna(booth, email, variant, 1);
        String key = UUID.randomUUID().toString();
        OrderOnBehalf order = new OrderOnBehalf(once.exhibitionId(), once.lines(), once.name(), once.email(), once.phone(), once.address(),
                null, Locale.ENGLISH, key);

        PlacedOnBehalf first = as(seller.caller(), () -> orders.place(booth.groupId(), order));
        // The answer was lost on the way: the phone sends the same order again; the booth has nothing left of it by now.
        PlacedOnBehalf again = as(seller.caller(), () -> orders.place(booth.groupId(), order));

        assertThat(first.duplicate()).isFalse();
        assertThat(again.duplicate()).isTrue();
        assertThat(again.number()).isEqualTo(first.number());
        assertThat(again.total()).isEqualTo(first.total());
        assertThat(again.orderUrl()).isEqualTo(first.orderUrl());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer_order WHERE request_key = ?").param(key).query(Long.class).single()).isEqualTo(1);
        assertThat(fixture.sold(booth, variant)).isEqualTo(1);
        assertThat(TestMailServer.mailsTo(email)).hasSize(1);
        OrderOnBehalf badKey = new OrderOnBehalf(once.exhibitionId(), once.lines(), once.name(), once.email(), once.phone(), once.address(),
                null, Locale.ENGLISH, "not-a-uuid");
        assertThatThrownBy(() -> as(seller.caller(), () -> orders.place(booth.groupId(), badKey)))
                .satisfies(refused -> assertThat(key(refused)).isEqualTo("order.behalf.error.request-key"));
    }

    @Test
    void an_order_left_unpaid_expires_and_gives_its_items_back_to_the_booth_while_the_event_is_open() {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 80_000, 2);
        PlacedOnBehalf placed = as(seller.caller(), () -> orders.place(booth.groupId(), toVienna(booth, buyer(), variant, 2)));
        assertThat(fixture.sold(booth, variant)).isEqualTo(2);

        assertThat(releases.expire(placed.number(), "test: link ran out")).isTrue();

        assertThat(orderFixture.orderStatus(placed.number())).isEqualTo("EXPIRED");
        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.sold(booth, variant) == 0);
        assertThat(orderFixture.stock(variant)).isZero();
        // Given back once: a second telling changes nothing.
        orders.giveBack(placed.number());
        assertThat(fixture.sold(booth, variant)).isZero();
        assertThat(orderFixture.stock(variant)).isZero();
    }

    @Test
    void after_the_event_ended_an_expired_order_leaves_its_items_in_online_stock() {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        long variant = fixture.allocated(booth, 80_000, 2);
        PlacedOnBehalf placed = as(seller.caller(), () -> orders.place(booth.groupId(), toVienna(booth, buyer(), variant, 1)));
        fixture.endEvent(booth);

        releases.expire(placed.number(), "test: link ran out");
        orders.giveBack(placed.number());

        assertThat(fixture.sold(booth, variant)).isEqualTo(1);
        assertThat(orderFixture.stock(variant)).isEqualTo(1);
    }

    @Test
    void bad_input_gets_a_clear_message_and_changes_nothing() {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        Seller notSeller = fixture.member(booth);
        long variant = fixture.allocated(booth, 60_000, 2);
        long elsewhere = orderFixture.variant(orderFixture.ntt(), 5, 60_000);
        String email = buyer();
        OrderOnBehalf good = toVienna(booth, email, variant, 1);
        long ordersBefore = jdbc.sql("SELECT COUNT(*) FROM customer_order").query(Long.class).single();

        record Case(Seller who, long group, OrderOnBehalf order, String key) {
        }
        List<Case> cases = List.of(
                new Case(seller, booth.groupId(), new OrderOnBehalf(booth.exhibitionId(), List.of(), "Anna", email, "+43 1 234 5678",
                        good.address(), null, Locale.ENGLISH), "order.behalf.error.empty"),
                new Case(seller, booth.groupId(), with(good, DeliveryAddress.abroad(null, "Wagramer Straße 5", "1220", "Wien")), "order.behalf.error.country"),
                new Case(seller, booth.groupId(), with(good, DeliveryAddress.abroad("XX", "Wagramer Straße 5", "1220", "Wien")), "order.behalf.error.country"),
                new Case(seller, booth.groupId(), with(good, DeliveryAddress.abroad("AT", "Wagramer Straße 5", "1220", " ")), "order.behalf.error.city"),
                new Case(seller, booth.groupId(), with(good, DeliveryAddress.abroad("AT", "", "1220", "Wien")), "order.behalf.error.street"),
                new Case(seller, booth.groupId(), new OrderOnBehalf(booth.exhibitionId(), good.lines(), "Anna", "anna@", "+43 1 234 5678",
                        good.address(), null, Locale.ENGLISH), "order.checkout.error.email"),
                new Case(seller, booth.groupId(), new OrderOnBehalf(booth.exhibitionId(), good.lines(), "Anna", email, "12",
                        good.address(), null, Locale.ENGLISH), "order.behalf.error.phone"),
                new Case(seller, booth.groupId(), new OrderOnBehalf(booth.exhibitionId(), good.lines(), "Maria Bete", email, "0812-3456-7890",
                        DeliveryAddress.indonesia("53", "x", "y", "85111", "Jl. El Tari No. 5"), null, Locale.of("id")), "order.checkout.error.regency"),
                new Case(seller, booth.groupId(), toVienna(booth, email, variant, 3), "exhibition.order.error.short"),
                new Case(seller, booth.groupId(), toVienna(booth, email, elsewhere, 1), "exhibition.booth.error.not-allocated"),
                new Case(notSeller, booth.groupId(), good, "access denied"));
        for (Case bad : cases) {
            assertThatThrownBy(() -> as(bad.who().caller(), () -> orders.place(bad.group(), bad.order())))
                    .as(bad.key()).satisfies(refused -> assertThat(key(refused)).isEqualTo(bad.key()));
        }
        fixture.endEvent(booth);
        assertThatThrownBy(() -> as(seller.caller(), () -> orders.place(booth.groupId(), good)))
                .satisfies(refused -> assertThat(key(refused)).isEqualTo("exhibition.booth.error.not-open"));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer_order").query(Long.class).single()).isEqualTo(ordersBefore);
        assertThat(fixture.sold(booth, variant)).isZero();
        assertThat(orderFixture.stock(variant)).isZero();
        assertThat(orderFixture.stock(elsewhere)).isEqualTo(5);
        assertThat(TestMailServer.mailsTo(email)).isEmpty();
    }

    static OrderOnBehalf with(OrderOnBehalf order, DeliveryAddress address) {
        return new OrderOnBehalf(order.exhibitionId(), order.lines(), order.name(), order.email(), order.phone(), address, order.notes(),
                order.language());
    }

    static String key(Throwable refused) {
        if (refused instanceof BoothSaleException booth) {
            return booth.messageKey();
        }
        if (refused instanceof OrderException order) {
            return order.key();
        }
        if (refused instanceof org.springframework.security.access.AccessDeniedException) {
            return "access denied";
        }
        throw new AssertionError("Refused with " + refused, refused);
    }
}
