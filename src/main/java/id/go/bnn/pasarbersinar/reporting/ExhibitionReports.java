package id.go.bnn.pasarbersinar.reporting;

import id.go.bnn.pasarbersinar.exhibition.Booth;
import id.go.bnn.pasarbersinar.exhibition.BoothDayClose;
import id.go.bnn.pasarbersinar.exhibition.BoothDayCloses;
import id.go.bnn.pasarbersinar.exhibition.BoothPayment;
import id.go.bnn.pasarbersinar.exhibition.BoothSales;
import id.go.bnn.pasarbersinar.exhibition.EventSale;
import id.go.bnn.pasarbersinar.exhibition.Exhibition;
import id.go.bnn.pasarbersinar.exhibition.ExhibitionId;
import id.go.bnn.pasarbersinar.exhibition.Exhibitions;
import id.go.bnn.pasarbersinar.producer.Regions;
import id.go.bnn.pasarbersinar.reporting.ExhibitionReport.Column;
import id.go.bnn.pasarbersinar.reporting.ExhibitionReport.Kind;
import id.go.bnn.pasarbersinar.reporting.ExhibitionReport.Part;
import id.go.bnn.pasarbersinar.reporting.ExhibitionReport.Section;
import id.go.bnn.pasarbersinar.reporting.internal.ReportDocuments;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.ShopTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * The report of one exhibition for staff: curators see the events of the provinces they answer for, administrators
 * every event; anybody else, a curator of another province included, learns nothing of the event. The sales, the
 * booths and the day closes come from the exhibition module's public services, which check the same again; this class
 * folds them into the report's tables.
 */
@Service
public class ExhibitionReports {

    private final Exhibitions exhibitions;
    private final BoothSales sales;
    private final BoothDayCloses closes;
    private final Regions regions;

    ExhibitionReports(Exhibitions exhibitions, BoothSales sales, BoothDayCloses closes, Regions regions) {
        this.exhibitions = exhibitions;
        this.sales = sales;
        this.closes = closes;
        this.regions = regions;
    }

    /** The events the caller may report on, the latest first. */
    public List<Exhibition> events() {
        requireStaff(Caller.current());
        return exhibitions.listForStaff().stream()
                .sorted(Comparator.comparing(Exhibition::startsOn).reversed().thenComparing(event -> -event.id().value())).toList();
    }

    /** The event's report, or empty when there is no such event or the caller does not organise it (the same answer). */
    public Optional<ExhibitionReport> report(ExhibitionId id, Locale locale) {
        Caller caller = Caller.current();
        requireStaff(caller);
        Optional<Exhibition> found = exhibitions.find(id).filter(event -> organises(caller, event));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Exhibition event = found.get();
        Function<String, String> text = ReportDocuments.texts(locale);
        List<Booth> booths = exhibitions.booths(id);
        List<EventSale> sold = sales.ofEvent(id);
        List<BoothDayClose> dayCloses = closes.ofEvent(id);
        Map<Long, Booth> boothOf = new LinkedHashMap<>();
        booths.forEach(booth -> boothOf.put(booth.group().value(), booth));
        Function<Long, String> groupName = group -> Optional.ofNullable(boothOf.get(group)).map(Booth::groupName).orElse("#" + group);
        Function<Long, String> provinceOf = group -> Optional.ofNullable(boothOf.get(group)).map(Booth::provinceCode).orElse(null);

        long gross = sold.stream().mapToLong(EventSale::total).sum();
        long commission = sold.stream().mapToLong(EventSale::commission).sum();
        long pieces = sold.stream().mapToLong(EventSale::pieces).sum();
        long groupsSelling = sold.stream().map(EventSale::groupId).distinct().count();
        ExhibitionReport.Totals totals = new ExhibitionReport.Totals(sold.size(), gross, commission, pieces, groupsSelling);

        List<Section> sections = List.of(payments(sold, text), products(sold, groupName), groups(sold, booths, groupName, provinceOf),
                provinces(sold, booths, provinceOf), qris(sold, groupName, locale), dayCloses(dayCloses, groupName, text));
        return Optional.of(new ExhibitionReport(id.value(), event.name(), event.place(),
                event.provinceCode() == null ? null : regions.provinceName(event.provinceCode()), event.startsOn(), event.endsOn(),
                event.commissionBps(), totals, sections));
    }

    private static boolean organises(Caller caller, Exhibition event) {
        return caller.isAdmin() || event.provinceCode() != null && caller.curates(event.provinceCode());
    }

    private static void requireStaff(Caller caller) {
        caller.require(caller.isAdmin() || caller.has(Caller.Role.CURATOR), "exhibition reports");
    }

    private static final Column SALES = new Column("reporting.exhibition.sales", Kind.COUNT);
    private static final Column PIECES = new Column("reporting.exhibition.pieces", Kind.COUNT);
    private static final Column GROSS = new Column("reporting.exhibition.gross", Kind.MONEY);
    private static final Column COMMISSION = new Column("reporting.exhibition.commission", Kind.MONEY);
    private static final Column INCOME = new Column("reporting.exhibition.income", Kind.MONEY);
    private static final Column GROUP = new Column("reporting.exhibition.group", Kind.TEXT);
    private static final Column PROVINCE = new Column("reporting.exhibition.province", Kind.TEXT);

    /** Cash and QRIS with the reference typed, both always listed; the shop's QRIS and card where they were used. */
    private static Section payments(List<EventSale> sold, Function<String, String> text) {
        List<List<Object>> rows = new ArrayList<>();
        for (BoothPayment payment : BoothPayment.values()) {
            List<EventSale> paid = sold.stream().filter(sale -> sale.payment() == payment).toList();
            if (payment.throughProvider() && paid.isEmpty()) {
                continue;
            }
            String label = text.apply(switch (payment) {
                case CASH -> "reporting.exhibition.payment.cash";
                case QRIS_REFERENCE -> "reporting.exhibition.payment.qris-reference";
                case QRIS_PROVIDER -> "reporting.exhibition.payment.qris-provider";
                case CARD -> "reporting.exhibition.payment.card";
            });
            rows.add(List.of(label,
                    (long) paid.size(), paid.stream().mapToLong(EventSale::total).sum(), paid.stream().mapToLong(EventSale::commission).sum()));
        }
        return new Section(Part.PAYMENTS, List.of(new Column("reporting.exhibition.payment", Kind.TEXT), SALES, GROSS, COMMISSION), rows);
    }

    /** Per product: the name it was last sold as, its group, the pieces and what buyers paid for them; the most sold first. */
    private static Section products(List<EventSale> sold, Function<Long, String> groupName) {
        record Product(String title, long group, long pieces, long gross) {
        }
        Map<Long, Product> byProduct = new LinkedHashMap<>();
        for (EventSale sale : sold) {
            for (EventSale.Line line : sale.lines()) {
                long amount = Math.multiplyExact(line.unitPrice(), (long) line.quantity());
                byProduct.merge(line.productId(), new Product(line.title(), sale.groupId(), line.quantity(), amount),
                        (a, b) -> new Product(b.title(), a.group(), a.pieces() + b.pieces(), a.gross() + b.gross()));
            }
        }
        List<List<Object>> rows = byProduct.values().stream()
                .sorted(Comparator.comparingLong((Product p) -> -p.gross()).thenComparing(Product::title))
                .map(p -> List.<Object>of(p.title(), groupName.apply(p.group()), p.pieces(), p.gross())).toList();
        return new Section(Part.PRODUCTS, List.of(new Column("reporting.exhibition.product", Kind.TEXT), GROUP, PIECES, GROSS), rows);
    }

    private record Sums(long sales, long pieces, long gross, long commission) {

        static final Sums NONE = new Sums(0, 0, 0, 0);

        Sums plus(EventSale sale) {
            return new Sums(sales + 1, pieces + sale.pieces(), gross + sale.total(), commission + sale.commission());
        }

        List<Object> cells() {
            return List.of(sales, pieces, gross, commission, gross - commission);
        }
    }

    /** Every booth of the event, those that sold nothing too; the highest sales first. */
    private Section groups(List<EventSale> sold, List<Booth> booths, Function<Long, String> groupName, Function<Long, String> provinceOf) {
        Map<Long, Sums> byGroup = new LinkedHashMap<>();
        booths.forEach(booth -> byGroup.put(booth.group().value(), Sums.NONE));
        sold.forEach(sale -> byGroup.merge(sale.groupId(), Sums.NONE.plus(sale), (a, b) -> a.plus(sale)));
        List<List<Object>> rows = byGroup.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<Long, Sums> e) -> -e.getValue().gross()).thenComparing(e -> groupName.apply(e.getKey())))
                .map(e -> {
                    List<Object> row = new ArrayList<>(List.of(groupName.apply(e.getKey()), provinceName(provinceOf.apply(e.getKey()))));
                    row.addAll(e.getValue().cells());
                    return row;
                }).toList();
        return new Section(Part.GROUPS, List.of(GROUP, PROVINCE, SALES, PIECES, GROSS, COMMISSION, INCOME), rows);
    }

    /** Per province of the groups taking part (their current province), with the number of groups at a booth. */
    private Section provinces(List<EventSale> sold, List<Booth> booths, Function<Long, String> provinceOf) {
        Map<String, Sums> byProvince = new LinkedHashMap<>();
        Map<String, Long> boothCount = new LinkedHashMap<>();
        booths.forEach(booth -> {
            String key = String.valueOf(booth.provinceCode());
            byProvince.putIfAbsent(key, Sums.NONE);
            boothCount.merge(key, 1L, Long::sum);
        });
        sold.forEach(sale -> byProvince.merge(String.valueOf(provinceOf.apply(sale.groupId())), Sums.NONE.plus(sale), (a, b) -> a.plus(sale)));
        List<List<Object>> rows = byProvince.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, Sums> e) -> -e.getValue().gross())
                        .thenComparing(e -> provinceName(e.getKey())))
                .map(e -> {
                    List<Object> row = new ArrayList<>(List.of(provinceName(e.getKey()), boothCount.getOrDefault(e.getKey(), 0L)));
                    row.addAll(e.getValue().cells());
                    return row;
                }).toList();
        return new Section(Part.PROVINCES, List.of(PROVINCE, new Column("reporting.exhibition.groups", Kind.COUNT), SALES, PIECES, GROSS,
                COMMISSION, INCOME), rows);
    }

    /** The QRIS payments with the reference the seller typed, to match against the group's QRIS statement. */
    private static Section qris(List<EventSale> sold, Function<Long, String> groupName, Locale locale) {
        List<List<Object>> rows = sold.stream().filter(sale -> sale.payment() == BoothPayment.QRIS_REFERENCE)
                .map(sale -> List.<Object>of(ShopTime.dateTime(sale.soldAt(), locale), groupName.apply(sale.groupId()),
                        sale.paymentReference() == null ? "" : sale.paymentReference(), sale.total()))
                .toList();
        return new Section(Part.QRIS, List.of(new Column("reporting.exhibition.time", Kind.TEXT), GROUP,
                new Column("reporting.exhibition.reference", Kind.TEXT), GROSS), rows);
    }

    /** The day closes: cash counted against the cash sales recorded, the difference (negative: cash missing), the note. */
    private static Section dayCloses(List<BoothDayClose> dayCloses, Function<Long, String> groupName, Function<String, String> text) {
        List<List<Object>> rows = dayCloses.stream()
                .map(close -> List.<Object>of(close.day().toString(), groupName.apply(close.groupId()), close.expectedCash(), close.countedCash(),
                        close.difference(), close.note() == null ? "" : close.note(), text.apply(close.confirmed() ? "reporting.exhibition.confirmed.yes" : "reporting.exhibition.confirmed.no")))
                .toList();
        return new Section(Part.DAY_CLOSES, List.of(new Column("reporting.exhibition.day", Kind.TEXT), GROUP,
                new Column("reporting.exhibition.recorded-cash", Kind.MONEY), new Column("reporting.exhibition.counted-cash", Kind.MONEY),
                new Column("reporting.exhibition.difference", Kind.MONEY), new Column("reporting.exhibition.note", Kind.TEXT),
                new Column("reporting.exhibition.confirmed", Kind.TEXT)), rows);
    }

    private String provinceName(String code) {
        return code == null || "null".equals(code) ? "–" : regions.provinceName(code);
    }
}
