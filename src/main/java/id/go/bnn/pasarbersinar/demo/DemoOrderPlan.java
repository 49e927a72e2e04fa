package id.go.bnn.pasarbersinar.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The script of the demo order history, apart from the code that plays it ({@link DemoOrders}): the groups' payout
 * destinations, who consented to show their earnings, the buyers, the orders with how far each got, and the days of
 * the payout runs.
 */
final class DemoOrderPlan {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private DemoOrderPlan() {
    }

    /** Stripe Connect destinations of the demo (made-up accounts: DEMO in the id); the other groups are paid by bank. */
    static final Map<String, String> STRIPE_ACCOUNTS = Map.of("tkp-jaya", "acct_DEMOtkpJaya2025", "pandegiling", "acct_DEMOpandegiling25");
    static final Map<String, String[]> BANK_ACCOUNTS = Map.of(
            "fatululi", new String[] {"Bank NTT", "001-02-03-004567-8", "Koperasi Penjahit Tenun Fatululi"},
            "kenebibi", new String[] {"BRI", "4521-01-000987-53-7", "Kelompok Tenun Kenebibi"},
            "batik-pinang", new String[] {"Bank BJB", "0098765432100", "Galeri Batik Pinang"},
            "olo", new String[] {"Bank Nagari", "2100.0104.55667", "KUB Anyaman Olo Bangkit"},
            "lamteuba", new String[] {"Bank Aceh Syariah", "010-01-02-345678-9", "Koperasi Petani Kopi Lamteuba"},
            "ratu-eceng", new String[] {"BNI", "0812345679", "Ratu Eceng Sangiang Jaya"});

    /** After the history this group (its last delivery is available, no other journey pays it) is paid through (demo) Iris. */
    static final String IRIS_GROUP = "batik-pinang";
    static final String[] IRIS_ACCOUNT = {"bjb", "0098765432100", "Galeri Batik Pinang"};

    /** Demo groups whose members switched on "show what we earned" on their group page. */
    static final List<String> CONSENTING_GROUPS = List.of("fatululi", "olo");

    /** One order of the history: when, from which groups, to which buyer, and how far it got. */
    record Spec(int daysAgo, List<String> groupKeys, Fate fate, int buyer) {
    }

    enum Fate { DELIVERED, SHIPPED, PAID, CANCELLED, PARTLY_REFUNDED }

    /** The buyers: guests from many provinces (addresses under the demo domain: their mail only reaches the dev mailbox). */
    record Buyer(String name, String emailName, String provinceCode, String street) {
    }

    static final List<Buyer> BUYERS = List.of(
            new Buyer("Dewi Lestari", "dewi.lestari", "31", "Jl. Kemang Raya No. 12"),
            new Buyer("Budi Santoso", "budi.santoso", "32", "Jl. Dago No. 45"),
            new Buyer("Maria Ulfa", "maria.ulfa", "33", "Jl. Pemuda No. 8"),
            new Buyer("Ketut Ardana", "ketut.ardana", "51", "Jl. Raya Ubud No. 21"),
            new Buyer("Rahmat Hidayat", "rahmat.hidayat", "73", "Jl. Somba Opu No. 77"),
            new Buyer("Yohana Bria", "yohana.bria", "53", "Jl. El Tari No. 3"),
            new Buyer("Siti Aminah", "siti.aminah", "35", "Jl. Darmo No. 101"),
            new Buyer("Andreas Sitorus", "andreas.sitorus", "12", "Jl. Gatot Subroto No. 19"),
            new Buyer("Nur Aisyah", "nur.aisyah", "11", "Jl. Teuku Umar No. 5"),
            new Buyer("Fitri Handayani", "fitri.handayani", "64", "Jl. Jenderal Sudirman No. 60"),
            new Buyer("Agus Prasetyo", "agus.prasetyo", "34", "Jl. Malioboro No. 30"),
            new Buyer("Rina Marpaung", "rina.marpaung", "18", "Jl. Kartini No. 14"));

    /** The history: 38 orders over the last six months; two payout runs, 92 and 30 days ago. */
    static List<Spec> specs() {
        Object[][] rows = {
                {178, "fatululi", Fate.DELIVERED}, {173, "tkp-jaya", Fate.DELIVERED}, {169, "kenebibi", Fate.DELIVERED},
                {165, "batik-pinang,pandegiling", Fate.DELIVERED}, {160, "olo", Fate.DELIVERED}, {156, "lamteuba", Fate.DELIVERED},
                {151, "fatululi", Fate.DELIVERED}, {147, "tkp-jaya", Fate.DELIVERED}, {142, "pandegiling", Fate.DELIVERED},
                {138, "ratu-eceng", Fate.DELIVERED}, {133, "kenebibi", Fate.CANCELLED}, {129, "fatululi,tkp-jaya", Fate.DELIVERED},
                {120, "lamteuba", Fate.DELIVERED}, {115, "olo", Fate.PARTLY_REFUNDED}, {111, "pandegiling", Fate.DELIVERED},
                {106, "fatululi", Fate.DELIVERED}, {102, "tkp-jaya", Fate.DELIVERED}, {97, "kenebibi", Fate.DELIVERED},
                {88, "batik-pinang", Fate.DELIVERED}, {84, "fatululi", Fate.DELIVERED}, {79, "lamteuba,olo", Fate.DELIVERED},
                {75, "tkp-jaya", Fate.DELIVERED}, {70, "pandegiling", Fate.DELIVERED}, {66, "fatululi", Fate.DELIVERED},
                {61, "ratu-eceng", Fate.DELIVERED}, {52, "tkp-jaya", Fate.DELIVERED}, {48, "batik-pinang", Fate.DELIVERED},
                {43, "fatululi", Fate.DELIVERED}, {34, "tkp-jaya,pandegiling", Fate.DELIVERED},
                {28, "fatululi", Fate.DELIVERED}, {24, "tkp-jaya", Fate.DELIVERED}, {21, "olo", Fate.DELIVERED},
                {18, "fatululi,tkp-jaya", Fate.DELIVERED}, {14, "batik-pinang", Fate.DELIVERED}, {9, "pandegiling", Fate.DELIVERED},
                {6, "kenebibi", Fate.SHIPPED}, {3, "lamteuba", Fate.PAID}, {1, "fatululi", Fate.PAID}};
        List<Spec> specs = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            specs.add(new Spec((Integer) rows[i][0], List.of(((String) rows[i][1]).split(",")), (Fate) rows[i][2], i % BUYERS.size()));
        }
        return specs;
    }

    static final List<Integer> RUN_DAYS_AGO = List.of(92, 30);

    /**
     * Which delivered orders carry a review of their first line: two in three, never the newest delivered ones (the
     * last 12 days), so that a journey finds a recent delivered order of its own still to review (and to return).
     */
    static boolean reviewed(int index, Spec spec) {
        return spec.fate() == Fate.DELIVERED && spec.daysAgo() > 12 && index % 3 != 2;
    }

    /** The one demo review with a phone number in it (a Fatululi order in East Nusa Tenggara): held for the NTT curator. */
    static boolean reviewWithPhone(int index, Spec spec) {
        return index == 27;
    }

    /** A moment {@code daysAgo} days before {@code now}, at a time of day in Jakarta. */
    static Instant dayAt(Instant now, int daysAgo, int hour, int minute) {
        LocalDate day = now.atZone(WIB).toLocalDate().minusDays(daysAgo);
        return day.atTime(hour, minute).atZone(WIB).toInstant();
    }
}
