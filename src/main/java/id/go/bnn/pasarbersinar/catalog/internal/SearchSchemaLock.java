package id.go.bnn.pasarbersinar.catalog.internal;

import id.go.bnn.pasarbersinar.shared.StartUpLock;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * With the index on OpenSearch ({@code pasar.search.url}), Hibernate Search creates it (or checks it) while Hibernate
 * starts, on every node: two nodes starting at once on a new cluster would both find no index and both create it, and
 * the second one's start fails ("resource_already_exists_exception"). So a node holds the start-up lock
 * {@code search-schema} from just before Hibernate starts (its properties are asked for then, after Flyway) until
 * Hibernate has started; the next node then finds the index and only checks it. Without {@code pasar.search.url} each
 * node has its own index and nothing is locked.
 */
@Component
class SearchSchemaLock implements HibernatePropertiesCustomizer, SmartInitializingSingleton, DisposableBean {

    private final boolean sharedIndex;
    private final StartUpLock startUpLock;
    private final ObjectProvider<EntityManagerFactory> entityManagerFactory;
    private StartUpLock.Held held;

    SearchSchemaLock(@Value("${pasar.search.url:}") String url, StartUpLock startUpLock,
            ObjectProvider<EntityManagerFactory> entityManagerFactory) {
        this.sharedIndex = !url.isBlank();
        this.startUpLock = startUpLock;
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public void customize(Map<String, Object> properties) {
        if (sharedIndex && held == null) {
            held = startUpLock.hold("search-schema");
        }
    }

    /** Hibernate starts on a thread of its own: waiting for its factory waits for Hibernate Search's schema work. */
    @Override
    public void afterSingletonsInstantiated() {
        if (held != null) {
            try {
                entityManagerFactory.getObject().getMetamodel();
            } finally {
                release();
            }
        }
    }

    /** A start that failed half-way lets the next node in at once. */
    @Override
    public void destroy() {
        release();
    }

    private void release() {
        if (held != null) {
            held.close();
            held = null;
        }
    }
}
