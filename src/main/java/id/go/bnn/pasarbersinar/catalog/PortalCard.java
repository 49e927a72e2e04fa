package id.go.bnn.pasarbersinar.catalog;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A card another module puts on the producer portal's first page ({@code /mitra}) for the group the member acts for,
 * e.g. the order module's "parcels to handle". The portal looks the cards up as Spring beans and places them in its
 * to-do slot, so a module that depends on the catalog (order does) can add to the page without the catalog
 * depending on it (which would be a cycle).
 */
public interface PortalCard {

    /** The card for the caller's acting group, or empty when there is nothing to show now. */
    Optional<Component> forActingGroup();
}
