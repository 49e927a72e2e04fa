package id.go.bnn.pasarbersinar.producer;

import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    Regions(JdbcClient jdbc) {
        this.provinces = jdbc.sql("SELECT code, name, island, capital FROM province ORDER BY code")
                .query((rs, row) -> new Province(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        this.programmes = jdbc.sql("SELECT code, name_id, name_en, description_id, description_en FROM programme ORDER BY position")
                .query((rs, row) -> new Programme(rs.getString(1), new LocalizedText(rs.getString(2), rs.getString(3)),
                        new LocalizedText(rs.getString(4), rs.getString(5))))
                .list();
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
