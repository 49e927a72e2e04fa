package id.go.bnn.pasarbersinar.catalog.internal;

import id.go.bnn.pasarbersinar.producer.GroupStandingChanged;
import id.go.bnn.pasarbersinar.producer.Verification;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The catalog's projection of the producer groups it may show ({@code catalog_group}), so that its SQL joins a table
 * of its own instead of {@code producer_group}.
 *
 * <p>A plain {@link EventListener}, not an {@code @ApplicationModuleListener}: it runs inside the transaction that
 * verifies or suspends the group. A suspension takes the group's products out of the shop when it commits, not some
 * moments later, and a failed update of the projection rolls the change back rather than leaving the two apart (an
 * asynchronous listener after commit would show a suspended group's products until it ran, and lose nothing only
 * through the publication registry's retries).
 */
@Component
class ShownGroups {

    private final CatalogGroupStore store;

    ShownGroups(CatalogGroupStore store) {
        this.store = store;
    }

    @EventListener
    void on(GroupStandingChanged event) {
        store.setVisible(event.group().value(), event.verification() == Verification.VERIFIED);
    }
}
