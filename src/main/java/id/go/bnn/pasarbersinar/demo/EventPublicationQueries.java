package id.go.bnn.pasarbersinar.demo;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The demo's one SQL read: Spring Modulith's registry of event publications, for {@link DemoListenerWait}. */
@Repository
class EventPublicationQueries {

    private final JdbcClient jdbc;

    EventPublicationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Publications whose listener is not done yet (a row stays without completion date until it is), but those of
     * events whose type name ends with {@code typeSuffix}.
     */
    List<String> incompleteExcept(String typeSuffix) {
        return jdbc.sql("SELECT id FROM event_publication WHERE completion_date IS NULL AND event_type NOT LIKE ?")
                .param("%" + typeSuffix).query(String.class).list();
    }
}
