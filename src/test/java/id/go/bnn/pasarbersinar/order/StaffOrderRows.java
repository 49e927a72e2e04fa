package id.go.bnn.pasarbersinar.order;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Orders of one parcel written straight into the order tables, for the staff list's search, filter and paging tests:
 * dozens of them with a chosen date, state, buyer and group, in made-up provinces ("Q1"...) and groups (negative ids)
 * that no other test and no job looks at (never paid, shipped or awaiting payment with an expired reservation).
 */
@Component
public class StaffOrderRows {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final AtomicLong NEXT_GROUP = new AtomicLong(-1_000_000 - System.nanoTime() % 1_000_000);

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    StaffOrderRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A made-up group: an id no real group has, and the province its parcels are in. */
    public record Group(long id, String name, String provinceCode) {
    }

    public Group group(String name, String provinceCode) {
        return new Group(NEXT_GROUP.decrementAndGet(), name, provinceCode);
    }

    /** A paid order from this buyer with one parcel of the group in this state, placed at {@code placedAt}; its number. */
    public String order(Group group, String buyerName, String buyerEmail, FulfilmentStatus status, Instant placedAt) {
        String number = number();
        String orderStatus = status == FulfilmentStatus.AWAITING_PAYMENT ? "AWAITING_PAYMENT" : "PAID";
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO customer_order (number, status, buyer_name, buyer_email, buyer_phone, province_code, regency, district, "
                        + "postal_code, street, items_total, shipping_total, total, created_at, reserved_until) "
                        + "VALUES (?, ?, ?, ?, '0812-0000-0000', ?, 'Kota Uji', 'Uji', '85111', 'Jl. Uji', 100000, 20000, 120000, ?, ?)")
                .params(number, orderStatus, buyerName, buyerEmail, group.provinceCode(), Timestamp.from(placedAt),
                        Timestamp.from(Instant.now().plus(3650, ChronoUnit.DAYS)))
                .update(key, "id");
        jdbc.sql("INSERT INTO fulfilment (order_id, group_id, province_code, programme_code, group_name, status, items_total, shipping, "
                        + "weight_grams) VALUES (?, ?, ?, 'KAWASAN_RAWAN', ?, ?, 100000, 20000, 800)")
                .params(key.getKey().longValue(), group.id(), group.provinceCode(), group.name(), status.name())
                .update();
        return number;
    }

    private String number() {
        StringBuilder number = new StringBuilder("PB-9");
        for (int i = 0; i < 3; i++) {
            number.append(random.nextInt(10));
        }
        number.append('-');
        for (int i = 0; i < 4; i++) {
            number.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return number.toString();
    }
}
