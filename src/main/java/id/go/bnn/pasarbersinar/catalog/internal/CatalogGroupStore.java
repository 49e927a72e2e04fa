package id.go.bnn.pasarbersinar.catalog.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalog's copy of which producer groups it may show ({@code catalog_group}), kept by {@link ShownGroups}. */
@Repository
class CatalogGroupStore {

    private final JdbcClient jdbc;

    CatalogGroupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void setVisible(long group, boolean visible) {
        if (jdbc.sql("UPDATE catalog_group SET visible = ? WHERE group_id = ?").params(visible, group).update() == 0) {
            jdbc.sql("INSERT INTO catalog_group (group_id, visible) VALUES (?, ?)").params(group, visible).update();
        }
    }
}
