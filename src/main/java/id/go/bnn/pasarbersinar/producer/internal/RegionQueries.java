package id.go.bnn.pasarbersinar.producer.internal;

import id.go.bnn.pasarbersinar.producer.Programme;
import id.go.bnn.pasarbersinar.producer.Province;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reference tables of provinces and programmes, as the migrations wrote them. */
@Repository
public class RegionQueries {

    private final JdbcClient jdbc;

    RegionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every province, by code. */
    public List<Province> provinces() {
        return jdbc.sql("SELECT code, name, island, capital FROM province ORDER BY code")
                .query((rs, row) -> new Province(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Every programme, in the order they are shown. */
    public List<Programme> programmes() {
        return jdbc.sql("SELECT code, name_id, name_en, description_id, description_en FROM programme ORDER BY position")
                .query((rs, row) -> new Programme(rs.getString(1), new LocalizedText(rs.getString(2), rs.getString(3)),
                        new LocalizedText(rs.getString(4), rs.getString(5))))
                .list();
    }
}
