package id.go.bnn.pasarbersinar.producer;

import id.go.bnn.pasarbersinar.producer.internal.RegionQueries;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Provinces and programmes: reference data written by migrations and never changed at run time,
 * so it is read once and shared by every session.
 */
@Service
public class Regions {

    private final List<Province> provinces;
    private final Map<String, Province> provincesByCode;
    private final List<Programme> programmes;
    private final Map<String, Programme> programmesByCode;

    Regions(RegionQueries queries) {
        this.provinces = queries.provinces();
        this.programmes = queries.programmes();
        this.provincesByCode = provinces.stream().collect(Collectors.toUnmodifiableMap(Province::code, Function.identity()));
        this.programmesByCode = programmes.stream().collect(Collectors.toUnmodifiableMap(Programme::code, Function.identity()));
    }

    public List<Province> provinces() {
        return provinces;
    }

    public Optional<Province> province(String code) {
        return Optional.ofNullable(code).map(provincesByCode::get);
    }

    public String provinceName(String code) {
        return province(code).map(Province::name).orElse(code);
    }

    public List<Programme> programmes() {
        return programmes;
    }

    public Optional<Programme> programme(String code) {
        return Optional.ofNullable(code).map(programmesByCode::get);
    }
}
