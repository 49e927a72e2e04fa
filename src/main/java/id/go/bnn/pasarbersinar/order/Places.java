package id.go.bnn.pasarbersinar.order;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * Regencies/cities and districts of each province (Kemendagri codes), for the address lists at checkout. Read once
 * from {@code order/regencies.csv} and {@code order/districts.csv} (from idn-area-data, see REGIONS-SOURCE.md).
 */
@Service
public class Places {

    public record Place(String code, String name) {
    }

    private final Map<String, List<Place>> regenciesByProvince = new LinkedHashMap<>();
    private final Map<String, List<Place>> districtsByRegency = new LinkedHashMap<>();

    Places() {
        read("order/regencies.csv", regenciesByProvince, "province_code");
        read("order/districts.csv", districtsByRegency, "regency_code");
    }

    private static void read(String resource, Map<String, List<Place>> target, String parentColumn) {
        try (Reader reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                target.computeIfAbsent(record.get(parentColumn), key -> new ArrayList<>()).add(new Place(record.get("code"), record.get("name")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Place> regencies(String provinceCode) {
        return provinceCode == null ? List.of() : regenciesByProvince.getOrDefault(provinceCode, List.of());
    }

    public List<Place> districts(String regencyCode) {
        return regencyCode == null ? List.of() : districtsByRegency.getOrDefault(regencyCode, List.of());
    }

    /** Whether the regency lies in the province and the district in the regency: what a form's lists allow. */
    public boolean consistent(String provinceCode, String regencyCode, String districtCode) {
        return regencies(provinceCode).stream().anyMatch(place -> place.code().equals(regencyCode))
                && districts(regencyCode).stream().anyMatch(place -> place.code().equals(districtCode));
    }

    public String name(List<Place> places, String code) {
        return places.stream().filter(place -> place.code().equals(code)).map(Place::name).findFirst().orElse("");
    }
}
