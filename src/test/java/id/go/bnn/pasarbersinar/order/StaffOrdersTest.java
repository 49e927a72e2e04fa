package id.go.bnn.pasarbersinar.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * The staff's order list searched, filtered and paged in the database, with the access of the old list: curators see
 * their provinces' parcels, administrators all, nobody else any. Each test's orders are in provinces and groups of its
 * own, and each search names them, so that orders of other tests never show up.
 */
@SpringBootTest
class StaffOrdersTest {

    @Autowired
    StaffOrders staffOrders;
    @Autowired
    StaffOrderRows rows;

    private static final Caller ADMIN = Callers.admin(-7701);

    private static String unique(String name) {
        return name + " " + System.nanoTime();
    }

    private static List<String> numbers(StaffOrders.Page page) {
        return page.rows().stream().map(FulfilmentRow::orderNumber).toList();
    }

    private StaffOrders.Page find(Caller caller, StaffOrders.Filter filter, int page, int size) {
        return Callers.as(caller, () -> staffOrders.find(filter, page, size));
    }

    private static StaffOrders.Filter words(String words) {
        return new StaffOrders.Filter(words, null, null, null);
    }

    @Test
    void finds_an_order_by_its_number_in_any_case() {
        StaffOrderRows.Group group = rows.group(unique("Tenun Nomor"), "Q1");
        String wanted = rows.order(group, "Ani", "ani@contoh.id", FulfilmentStatus.PAID, Instant.now());
        rows.order(group, "Budi", "budi@contoh.id", FulfilmentStatus.PAID, Instant.now());

        assertThat(numbers(find(ADMIN, words(wanted), 1, 50))).containsExactly(wanted);
        assertThat(numbers(find(ADMIN, words(wanted.toLowerCase()), 1, 50))).containsExactly(wanted);
    }

    @Test
    void finds_orders_by_the_buyers_name_or_email_and_by_the_groups_name() {
        String buyer = unique("Yohana Lede");
        String email = "yohana" + System.nanoTime() + "@contoh.id";
        StaffOrderRows.Group weavers = rows.group(unique("Tenun Ikat Sumba"), "Q1");
        StaffOrderRows.Group potters = rows.group(unique("Gerabah Banten"), "Q2");
        String byName = rows.order(weavers, buyer, "lain@contoh.id", FulfilmentStatus.PAID, Instant.now());
        String byEmail = rows.order(potters, "Orang Lain", email, FulfilmentStatus.SHIPPED, Instant.now());
        String ofPotters = rows.order(potters, "Orang Ketiga", "ketiga@contoh.id", FulfilmentStatus.PAID, Instant.now());

        assertThat(numbers(find(ADMIN, words(buyer.toUpperCase()), 1, 50))).containsExactly(byName);
        assertThat(numbers(find(ADMIN, words(email), 1, 50))).containsExactly(byEmail);
        assertThat(numbers(find(ADMIN, words(potters.name()), 1, 50))).containsExactlyInAnyOrder(byEmail, ofPotters);
        assertThat(find(ADMIN, words(weavers.name()), 1, 50).rows()).extracting(FulfilmentRow::groupName).containsOnly(weavers.name());
    }

    @Test
    void typed_wildcards_are_looked_for_as_themselves() {
        StaffOrderRows.Group group = rows.group(unique("Anyaman 100% Pandan"), "Q1");
        String percent = rows.order(group, "Ani", "ani@contoh.id", FulfilmentStatus.PAID, Instant.now());

        assertThat(numbers(find(ADMIN, words(group.name()), 1, 50))).containsExactly(percent);
        StaffOrderRows.Group underscore = rows.group(unique("Anyaman_Pandan"), "Q1");
        String ofUnderscore = rows.order(underscore, "Ani", "ani@contoh.id", FulfilmentStatus.PAID, Instant.now());
        // As wildcards, "100_" would match "100%" and "Anyaman%Pandan" both groups: typed, they are only themselves.
        String stamp = group.name().substring(group.name().lastIndexOf(' ') + 1);
        assertThat(numbers(find(ADMIN, words("100_ Pandan " + stamp), 1, 50))).isEmpty();
        assertThat(numbers(find(ADMIN, words("an_pandan " + underscore.name().substring(underscore.name().lastIndexOf(' ') + 1)), 1, 50)))
                .containsExactly(ofUnderscore);
        assertThat(numbers(find(ADMIN, words("Anyaman%Pandan"), 1, 50))).isEmpty();
    }

    @Test
    void filters_by_the_parcels_state() {
        StaffOrderRows.Group group = rows.group(unique("Kopi Keadaan"), "Q1");
        String paid = rows.order(group, "Ani", "ani@contoh.id", FulfilmentStatus.PAID, Instant.now());
        String shipped = rows.order(group, "Budi", "budi@contoh.id", FulfilmentStatus.SHIPPED, Instant.now());
        String refunded = rows.order(group, "Citra", "citra@contoh.id", FulfilmentStatus.REFUNDED, Instant.now());

        assertThat(numbers(find(ADMIN, new StaffOrders.Filter(group.name(), FulfilmentStatus.SHIPPED, null, null), 1, 50)))
                .containsExactly(shipped);
        assertThat(numbers(find(ADMIN, new StaffOrders.Filter(group.name(), FulfilmentStatus.REFUNDED, null, null), 1, 50)))
                .containsExactly(refunded);
        assertThat(numbers(find(ADMIN, words(group.name()), 1, 50))).containsExactlyInAnyOrder(paid, shipped, refunded);
        assertThat(find(ADMIN, new StaffOrders.Filter(null, FulfilmentStatus.SHIPPED, null, null), 1, 100).rows())
                .extracting(FulfilmentRow::status).containsOnly(FulfilmentStatus.SHIPPED);
    }

    @Test
    void filters_by_the_day_the_order_was_placed_in_jakarta() {
        StaffOrderRows.Group group = rows.group(unique("Batik Tanggal"), "Q1");
        // 17:30 UTC on 10 March is 00:30 WIB on 11 March: a Jakarta day, not a UTC day.
        String justAfterMidnight = rows.order(group, "Ani", "ani@contoh.id", FulfilmentStatus.PAID, Instant.parse("2026-03-10T17:30:00Z"));
        String lateEvening = rows.order(group, "Budi", "budi@contoh.id", FulfilmentStatus.PAID, Instant.parse("2026-03-10T16:59:00Z"));
        String endOfMonth = rows.order(group, "Citra", "citra@contoh.id", FulfilmentStatus.PAID, Instant.parse("2026-03-31T16:00:00Z"));

        LocalDate eleventh = LocalDate.of(2026, 3, 11);
        assertThat(numbers(find(ADMIN, new StaffOrders.Filter(group.name(), null, eleventh, eleventh), 1, 50))).containsExactly(justAfterMidnight);
        assertThat(numbers(find(ADMIN, new StaffOrders.Filter(group.name(), null, null, LocalDate.of(2026, 3, 10)), 1, 50)))
                .containsExactly(lateEvening);
        assertThat(numbers(find(ADMIN, new StaffOrders.Filter(group.name(), null, eleventh, null), 1, 50)))
                .containsExactly(endOfMonth, justAfterMidnight);
        assertThat(numbers(find(ADMIN, new StaffOrders.Filter(group.name(), null, LocalDate.of(2026, 4, 1), null), 1, 50))).isEmpty();
    }

    @Test
    void pages_hold_at_most_their_size_and_the_next_page_the_next_orders() {
        StaffOrderRows.Group group = rows.group(unique("Rotan Halaman"), "Q1");
        List<String> newestFirst = new ArrayList<>();
        Instant start = Instant.parse("2026-05-01T03:00:00Z");
        for (int i = 0; i < 7; i++) {
            newestFirst.addFirst(rows.order(group, "Pembeli " + i, "p" + i + "@contoh.id", FulfilmentStatus.PAID, start.plusSeconds(60L * i)));
        }

        StaffOrders.Page first = find(ADMIN, words(group.name()), 1, 3);
        StaffOrders.Page second = find(ADMIN, words(group.name()), 2, 3);
        StaffOrders.Page third = find(ADMIN, words(group.name()), 3, 3);

        assertThat(numbers(first)).containsExactlyElementsOf(newestFirst.subList(0, 3));
        assertThat(numbers(second)).containsExactlyElementsOf(newestFirst.subList(3, 6));
        assertThat(numbers(third)).containsExactlyElementsOf(newestFirst.subList(6, 7));
        assertThat(List.of(first.hasNext(), second.hasNext(), third.hasNext())).containsExactly(true, true, false);
        assertThat(find(ADMIN, StaffOrders.Filter.NONE, 1, 5).rows()).hasSizeLessThanOrEqualTo(5);
        assertThatThrownBy(() -> find(ADMIN, StaffOrders.Filter.NONE, 0, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> find(ADMIN, StaffOrders.Filter.NONE, 1, StaffOrders.MAX_PAGE_SIZE + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_curator_finds_only_parcels_of_its_provinces_and_others_are_refused() {
        String name = unique("Songket Provinsi");
        StaffOrderRows.Group mine = rows.group(name + " A", "Q3");
        StaffOrderRows.Group theirs = rows.group(name + " B", "Q4");
        String inMine = rows.order(mine, "Ani", "ani@contoh.id", FulfilmentStatus.PAID, Instant.now());
        String inTheirs = rows.order(theirs, "Budi", "budi@contoh.id", FulfilmentStatus.PAID, Instant.now());

        assertThat(numbers(find(Callers.curator(-7702, "Q3"), words(name), 1, 50))).containsExactly(inMine);
        assertThat(numbers(find(Callers.curator(-7702, "Q3"), words(inTheirs), 1, 50))).isEmpty();
        assertThat(find(Callers.curator(-7702, "Q3"), StaffOrders.Filter.NONE, 1, 100).rows()).extracting(FulfilmentRow::provinceCode)
                .containsOnly("Q3");
        assertThat(find(Callers.curator(-7703), words(name), 1, 50).rows()).isEmpty();
        assertThat(numbers(find(ADMIN, words(name), 1, 50))).containsExactlyInAnyOrder(inMine, inTheirs);
        for (Caller caller : List.of(Callers.buyer(-7704), Callers.producer(-7705, mine.id()), Caller.ANONYMOUS)) {
            assertThatThrownBy(() -> find(caller, words(name), 1, 50)).as("caller " + caller.roles()).isInstanceOf(AccessDeniedException.class);
        }
    }
}
