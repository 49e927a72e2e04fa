package id.go.bnn.pasarbersinar.order.ui;

import com.vaadin.flow.router.QueryParameters;
import id.go.bnn.pasarbersinar.order.FulfilmentStatus;
import id.go.bnn.pasarbersinar.order.StaffOrders;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The staff order list's search, filters and page as they appear in the address
 * ({@code /staf/pesanan?q=maria&keadaan=dikirim&dari=2026-11-01&sampai=2026-11-30&halaman=2}), so that a link or the back
 * button keeps them. {@code unreadable} names the parameters that could not be read: then the whole filter is dropped,
 * and the list shows every order from the first page rather than a guess at what was meant.
 */
record StaffOrderParameters(StaffOrders.Filter filter, int page, List<String> unreadable) {

    static final String WORDS = "q";
    static final String STATE = "keadaan";
    static final String FROM = "dari";
    static final String TO = "sampai";
    static final String PAGE = "halaman";
    static final int MAX_PAGE = 10_000;

    private static final Map<FulfilmentStatus, String> STATE_NAMES = Map.of(FulfilmentStatus.AWAITING_PAYMENT, "menunggu-bayar",
            FulfilmentStatus.PAID, "dibayar", FulfilmentStatus.PROCESSING, "dikemas", FulfilmentStatus.SHIPPED, "dikirim",
            FulfilmentStatus.DELIVERED, "diterima", FulfilmentStatus.CANCELLED, "dibatalkan", FulfilmentStatus.REFUNDED, "dikembalikan");

    StaffOrderParameters {
        unreadable = List.copyOf(unreadable);
    }

    static StaffOrderParameters from(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        List<String> unreadable = new ArrayList<>();
        String words = first(values, WORDS).map(String::strip).orElse(null);
        if (words != null && words.length() > StaffOrders.MAX_WORDS) {
            unreadable.add(WORDS);
        }
        FulfilmentStatus state = first(values, STATE).filter(value -> !value.isBlank()).map(value -> STATE_NAMES.entrySet().stream()
                .filter(entry -> entry.getValue().equals(value.strip().toLowerCase(Locale.ROOT))).map(Map.Entry::getKey).findFirst()
                .orElseGet(() -> {
                    unreadable.add(STATE);
                    return null;
                })).orElse(null);
        LocalDate from = date(values, FROM, unreadable);
        LocalDate to = date(values, TO, unreadable);
        if (from != null && to != null && from.isAfter(to)) {
            unreadable.add(FROM + " > " + TO);
        }
        Integer page = first(values, PAGE).filter(value -> !value.isBlank()).map(value -> {
            try {
                int number = Integer.parseInt(value.strip());
                if (number >= 1 && number <= MAX_PAGE) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below like any other unreadable value
            }
            unreadable.add(PAGE);
            return null;
        }).orElse(null);
        if (!unreadable.isEmpty()) {
            return new StaffOrderParameters(StaffOrders.Filter.NONE, 1, unreadable);
        }
        return new StaffOrderParameters(new StaffOrders.Filter(words, state, from, to), page == null ? 1 : page, List.of());
    }

    /** The address parameters of this filter at this page; what is not set is left out so that addresses stay short. */
    static QueryParameters of(StaffOrders.Filter filter, int page) {
        Map<String, String> values = new LinkedHashMap<>();
        if (filter.words() != null) {
            values.put(WORDS, filter.words());
        }
        if (filter.status() != null) {
            values.put(STATE, STATE_NAMES.get(filter.status()));
        }
        if (filter.placedFrom() != null) {
            values.put(FROM, filter.placedFrom().toString());
        }
        if (filter.placedTo() != null) {
            values.put(TO, filter.placedTo().toString());
        }
        if (page > 1) {
            values.put(PAGE, String.valueOf(page));
        }
        return QueryParameters.simple(values);
    }

    private static LocalDate date(Map<String, List<String>> values, String name, List<String> unreadable) {
        Optional<String> value = first(values, name).filter(text -> !text.isBlank());
        if (value.isEmpty()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.get().strip());
            if (date.getYear() >= 2000 && date.getYear() <= 2999) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // reported below like a date out of the shop's years
        }
        unreadable.add(name);
        return null;
    }

    private static Optional<String> first(Map<String, List<String>> values, String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.ofNullable(list.getFirst());
    }
}
