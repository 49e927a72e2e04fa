package id.go.bnn.pasarbersinar.order;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The countries an order can go to: the ISO 3166-1 alpha-2 codes the JDK knows, named from its CLDR data in the
 * reader's language ("Austria" / "Austria", "Germany" / "Jerman"). Indonesia is {@link #INDONESIA}; its addresses use
 * the province, regency and district lists of {@link Places}, every other country free address lines and a city.
 */
public final class Countries {

    public static final String INDONESIA = "ID";
    private static final Set<String> CODES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

    public record Country(String code, String name) {
    }

    private Countries() {
    }

    public static boolean known(String code) {
        return code != null && CODES.contains(code);
    }

    /** The country's name in that language; the code itself when it is unknown. */
    public static String name(String code, Locale language) {
        if (!known(code)) {
            return code == null ? "" : code;
        }
        return Locale.of("", code).getDisplayCountry(language);
    }

    /** Every country, Indonesia first, the rest by name in that language. */
    public static List<Country> all(Locale language) {
        Collator collator = Collator.getInstance(language);
        List<Country> abroad = CODES.stream().filter(code -> !INDONESIA.equals(code))
                .map(code -> new Country(code, name(code, language)))
                .sorted(Comparator.comparing(Country::name, collator))
                .collect(Collectors.toList());
        abroad.addFirst(new Country(INDONESIA, name(INDONESIA, language)));
        return List.copyOf(abroad);
    }
}
