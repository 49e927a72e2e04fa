package id.go.bnn.pasarbersinar.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.shared.StartUpLock;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * With a shared index the node holds the start-up lock from Hibernate's properties until Hibernate has started, so a
 * node starting meanwhile waits before it creates the index; with the embedded index nothing is locked.
 */
@SpringBootTest
class SearchSchemaLockTest {

    @Autowired
    StartUpLock startUpLock;
    @Autowired
    ObjectProvider<EntityManagerFactory> entityManagerFactory;

    @Test
    void with_a_shared_index_another_node_waits_until_hibernate_has_started() throws Exception {
        SearchSchemaLock lock = new SearchSchemaLock("http://search.internal:9200", startUpLock, entityManagerFactory);
        lock.customize(new HashMap<>());
        CompletableFuture<Boolean> otherNode = CompletableFuture.supplyAsync(() -> startUpLock.once("search-schema", () -> true));
        try {
            Thread.sleep(1500);
            assertThat(otherNode).isNotDone();

            lock.afterSingletonsInstantiated();

            assertThat(otherNode.get(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            lock.destroy();
        }
    }

    @Test
    void with_the_embedded_index_nothing_is_locked() throws Exception {
        SearchSchemaLock lock = new SearchSchemaLock("", startUpLock, entityManagerFactory);
        lock.customize(new HashMap<>());

        assertThat(CompletableFuture.supplyAsync(() -> startUpLock.once("search-schema", () -> true)).get(20, TimeUnit.SECONDS))
                .isTrue();
        lock.destroy();
    }
}
