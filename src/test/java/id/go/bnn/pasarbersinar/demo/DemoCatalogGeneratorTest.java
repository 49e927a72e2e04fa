package id.go.bnn.pasarbersinar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.catalog.BulkListings;
import id.go.bnn.pasarbersinar.catalog.Catalog;
import id.go.bnn.pasarbersinar.shared.Caller;
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
        int before = catalog.countPublic();
        // The loader runs the generator as the shop itself at start-up; storing its pictures needs that caller.
        Caller.runAsSystem(() -> generator.ensure(2_500));
        assertThat(bulk.countWithSlugPrefix(DemoCatalogGenerator.SLUG_PREFIX)).isEqualTo(2_500);
        assertThat(catalog.countPublic()).isEqualTo(before + 2_500);

        Caller.runAsSystem(() -> generator.ensure(2_500));
        assertThat(bulk.countWithSlugPrefix(DemoCatalogGenerator.SLUG_PREFIX)).isEqualTo(2_500);
    }
}
