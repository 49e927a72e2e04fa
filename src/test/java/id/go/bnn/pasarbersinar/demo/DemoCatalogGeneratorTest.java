package id.go.bnn.pasarbersinar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.catalog.BulkListings;
import id.go.bnn.pasarbersinar.catalog.Catalog;
import id.go.bnn.pasarbersinar.catalog.CatalogQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DemoCatalogGeneratorTest {

    @Autowired
    DemoCatalogGenerator generator;
    @Autowired
    BulkListings bulk;
    @Autowired
    Catalog catalog;

    @Test
    void tops_the_generated_catalog_up_to_the_wanted_size_once() {
        int before = catalog.count(CatalogQuery.all());
        // The generator runs as the shop itself (DemoDataLoader calls it under Caller.runAsSystem).
        id.go.bnn.pasarbersinar.shared.Caller.runAsSystem(() -> generator.ensure(2_500));
        assertThat(bulk.countWithSlugPrefix(DemoCatalogGenerator.SLUG_PREFIX)).isEqualTo(2_500);
        assertThat(catalog.count(CatalogQuery.all())).isEqualTo(before + 2_500);

        id.go.bnn.pasarbersinar.shared.Caller.runAsSystem(() -> generator.ensure(2_500));
        assertThat(bulk.countWithSlugPrefix(DemoCatalogGenerator.SLUG_PREFIX)).isEqualTo(2_500);
    }
}
