package id.go.bnn.pasarbersinar.shell.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code page_cache_change} table: what changed on the storefront, in the order it was written. */
@Repository
class PageCacheChangeStore {

    record Change(long id, String scope) {
    }

    private final JdbcClient jdbc;

    PageCacheChangeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Collection<String> scopes, Instant at) {
        for (String scope : scopes) {
            jdbc.sql("INSERT INTO page_cache_change (scope, changed_at) VALUES (?, ?)").params(scope, Timestamp.from(at)).update();
        }
    }

    long maxId() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM page_cache_change").query(Long.class).single();
    }

    List<Change> after(long id, int limit) {
        return jdbc.sql("SELECT id, scope FROM page_cache_change WHERE id > ? ORDER BY id LIMIT " + limit)
                .param(id)
                .query((rs, row) -> new Change(rs.getLong(1), rs.getString(2)))
                .list();
    }

    int deleteBefore(Instant at) {
        return jdbc.sql("DELETE FROM page_cache_change WHERE changed_at < ?").param(Timestamp.from(at)).update();
    }
}
