package id.go.bnn.pasarbersinar.reporting;

import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.producer.Programme;
import id.go.bnn.pasarbersinar.producer.Province;
import id.go.bnn.pasarbersinar.producer.Regions;
import id.go.bnn.pasarbersinar.reporting.ReportTable.Dimension;
import id.go.bnn.pasarbersinar.reporting.ReportTable.Row;
import id.go.bnn.pasarbersinar.reporting.internal.ReportDocuments;
import id.go.bnn.pasarbersinar.reporting.internal.ReportQueries;
import id.go.bnn.pasarbersinar.reporting.internal.ReportQueries.Cell;
import id.go.bnn.pasarbersinar.reporting.internal.ReportQueries.GroupInfo;
import id.go.bnn.pasarbersinar.reporting.internal.ReportQueries.Result;
import id.go.bnn.pasarbersinar.reporting.internal.ReportQueries.Scope;
import id.go.bnn.pasarbersinar.reporting.internal.ReportQueries.SharedParcel;
import id.go.bnn.pasarbersinar.reporting.internal.ReportQueries.Slot;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The staff impact dashboards: curators see the provinces they answer for, administrators every province. The figures
 * come from {@link ReportQueries} (see there for their definitions); this class checks access, chooses the groups and
 * the sales channels (online, booth or both) and folds the per-month-and-group sums into the tables by month, channel,
 * province, programme and group. A booth sale is an order of one parcel: the totals add both channels, and an active
 * group or its participants count once whichever channels it sold in.
 */
@Service
// No surrounding transaction: closed months are rolled up in their own transactions, and each read must see them.
public class Reports {

    private final ReportQueries queries;
    private final Regions regions;
    private final ProducerGroups groups;

    Reports(ReportQueries queries, Regions regions, ProducerGroups groups) {
        this.queries = queries;
        this.regions = regions;
        this.groups = groups;
    }

    /** The dashboard of a filter for the caller; a curator asking for a province it does not curate is refused. */
    public Dashboard dashboard(ReportFilter filter, Locale locale) {
        Caller caller = Caller.current();
        Set<String> provinces = provincesFor(caller, filter);
        Scope scope = new Scope(provinces, filter.programme(), filter.group());
        Result result = queries.period(filter.from(), filter.to(), scope);
        ReportFilter before = filter.previous();
        Slice current = slice(result, filter);
        Slice previous = slice(queries.period(before.from(), before.to(), scope), filter);
        List<YearMonth> months = filter.monthList();
        List<ReportTable> tables = List.of(
                table(Dimension.MONTH, current, slot -> months.get(slot.month()).toString(), key -> key, months.stream().map(YearMonth::toString).toList()),
                channels(result, filter, locale),
                table(Dimension.PROVINCE, current, slot -> current.groups().get(slot.group()).province(), regions::provinceName, null),
                table(Dimension.PROGRAMME, current, slot -> current.groups().get(slot.group()).programme(),
                        code -> regions.programme(code).map(p -> p.name().in(locale)).orElse(code), null),
                table(Dimension.GROUP, current, slot -> Long.toString(slot.group()), key -> current.groups().get(Long.parseLong(key)).name(), null));
        // The group chosen is named only when it is in the caller's scope (the query found it), never from its id alone.
        GroupInfo chosen = filter.group() == null ? null : result.groups().get(filter.group());
        String provinceLabel = chosen != null ? regions.provinceName(chosen.province()) : scopeLabel(caller, filter);
        String programme = filter.programme() == null ? null
                : regions.programme(filter.programme()).map(p -> p.name().in(locale)).orElse(filter.programme());
        String group = filter.group() == null ? null : chosen != null ? chosen.name() : "#" + filter.group();
        return new Dashboard(filter, provinceLabel, programme, group, totals(current), totals(previous), tables);
    }

    /** The cells a dashboard counts: of groups known and in scope, of the channels the filter chooses. */
    private record Slice(List<Cell> cells, List<SharedParcel> shared, Map<Long, GroupInfo> groups) {
    }

    private static Slice slice(Result result, ReportFilter filter) {
        List<Cell> cells = new ArrayList<>();
        if (filter.counts(Channel.ONLINE)) {
            cells.addAll(known(result.cells(), result.groups()));
        }
        if (filter.counts(Channel.BOOTH)) {
            cells.addAll(known(result.booth(), result.groups()));
        }
        List<SharedParcel> shared = filter.counts(Channel.ONLINE) ? sharedKnown(result) : List.of();
        return new Slice(cells, shared, result.groups());
    }

    /** The period's figures of each channel the filter counts, online first: the split of the key figures. */
    private static ReportTable channels(Result result, ReportFilter filter, Locale locale) {
        Function<String, String> text = ReportDocuments.texts(locale);
        List<Row> rows = new ArrayList<>();
        if (filter.counts(Channel.ONLINE)) {
            rows.add(new Row(Channel.ONLINE.parameter(), text.apply(Channel.ONLINE.messageKey()),
                    figures(known(result.cells(), result.groups()), result.groups(), sharedKnown(result))));
        }
        if (filter.counts(Channel.BOOTH)) {
            rows.add(new Row(Channel.BOOTH.parameter(), text.apply(Channel.BOOTH.messageKey()),
                    figures(known(result.booth(), result.groups()), result.groups(), List.of())));
        }
        return new ReportTable(Dimension.CHANNEL, rows);
    }

    /** The provinces the caller may choose: its own for a curator, all for an administrator. */
    public List<Province> provinces() {
        Caller caller = Caller.current();
        requireStaff(caller);
        return regions.provinces().stream().filter(p -> caller.curates(p.code())).toList();
    }

    public List<Programme> programmes() {
        requireStaff(Caller.current());
        return regions.programmes();
    }

    /** The groups the caller may choose (those of its provinces for a curator). */
    public List<GroupSummary> groups() {
        return groups.listForStaff();
    }

    private static void requireStaff(Caller caller) {
        caller.require(caller.isAdmin() || caller.has(Caller.Role.CURATOR), "impact reports");
    }

    private static Set<String> provincesFor(Caller caller, ReportFilter filter) {
        requireStaff(caller);
        if (filter.province() != null) {
            caller.requireCurator(filter.province(), "impact reports of province " + filter.province());
            return Set.of(filter.province());
        }
        return caller.isAdmin() ? null : caller.provinces();
    }

    private String scopeLabel(Caller caller, ReportFilter filter) {
        if (filter.province() != null) {
            return regions.provinceName(filter.province());
        }
        if (caller.isAdmin()) {
            return null;
        }
        return caller.provinces().stream().sorted().map(regions::provinceName).collect(Collectors.joining(", "));
    }

    private static ReportTable table(Dimension dimension, Slice result, Function<Slot, String> keyOf, Function<String, String> label,
            List<String> allKeys) {
        Map<String, List<Cell>> byKey = new LinkedHashMap<>();
        if (allKeys != null) {
            allKeys.forEach(key -> byKey.put(key, new ArrayList<>()));
        }
        result.cells().forEach(cell -> byKey.computeIfAbsent(keyOf.apply(cell), k -> new ArrayList<>()).add(cell));
        Map<String, List<SharedParcel>> sharedByKey = result.shared().stream().collect(Collectors.groupingBy(keyOf::apply));
        List<Row> rows = new ArrayList<>();
        byKey.forEach((key, cells) -> rows.add(new Row(key, label.apply(key),
                figures(cells, result.groups(), sharedByKey.getOrDefault(key, List.of())))));
        if (allKeys == null) {
            rows.sort(Comparator.comparing((Row row) -> -row.figures().sales().rupiah()).thenComparing(Row::label).thenComparing(Row::key));
        }
        return new ReportTable(dimension, rows);
    }

    private static KeyFigures totals(Slice slice) {
        return figures(slice.cells(), slice.groups(), slice.shared());
    }

    /** Cells of groups still known to the producer module and in scope (the ledger query may see others). */
    private static List<Cell> known(List<Cell> cells, Map<Long, GroupInfo> groups) {
        Predicate<Cell> known = cell -> groups.containsKey(cell.group());
        return cells.stream().filter(known).toList();
    }

    private static List<SharedParcel> sharedKnown(Result result) {
        return result.shared().stream().filter(p -> result.groups().containsKey(p.group())).toList();
    }

    /**
     * Sums a slice. Its distinct orders are its parcels, less k − 1 for each order with k of its parcels in the slice
     * (one order, several groups).
     */
    private static KeyFigures figures(List<Cell> cells, Map<Long, GroupInfo> groups, List<SharedParcel> shared) {
        long items = 0;
        long shipping = 0;
        long quantity = 0;
        long refunds = 0;
        long income = 0;
        long shippingPassedOn = 0;
        long paidOut = 0;
        long shipped = 0;
        long parcels = 0;
        double hours = 0;
        Set<Long> active = new HashSet<>();
        for (Cell cell : cells) {
            items += cell.items();
            shipping += cell.shipping();
            quantity += cell.quantity();
            refunds += cell.refunds();
            income += cell.income();
            shippingPassedOn += cell.shippingPassedOn();
            paidOut += cell.paidOut();
            shipped += cell.shipped();
            hours += cell.shipHours();
            parcels += cell.parcels();
            if (cell.parcels() > 0) {
                active.add(cell.group());
            }
        }
        long orders = parcels - (shared.size() - shared.stream().map(SharedParcel::order).distinct().count());
        long participants = active.stream().mapToLong(group -> groups.get(group).members()).sum();
        return new KeyFigures(Money.rupiah(items + shipping), Money.rupiah(refunds), orders, quantity, active.size(), participants,
                Money.rupiah(income), Money.rupiah(shippingPassedOn), Money.rupiah(paidOut), shipped, hours);
    }
}
