package id.go.bnn.pasarbersinar.shared;

import java.util.Collection;
import java.util.Set;

/**
 * Something the public storefront shows has changed: publish it (with Spring's {@code ApplicationEventPublisher})
 * inside the transaction that makes the change, from any module. The shell's page cache writes it to the database in
 * that same transaction and every node drops the pages it touches once it has committed (docs/performance.md).
 *
 * <ul>
 * <li>Every change drops the pages that show many listings (home, catalog, search, group, collection, impact).</li>
 * <li>{@code listingIds} also drops the product pages that show one of these listings (its own page, or a card of it
 * among the related products); {@code groupIds} the product pages of those groups' listings.</li>
 * <li>{@code all} drops every page (a change whose reach is not known: a new category, the demo data loaded).</li>
 * </ul>
 * A listing's price, stock, text, photos, approval, archiving or reviews are {@link #listings}; a group's standing or
 * profile {@link #groups}; a collection {@link #lists}.
 */
public record StorefrontChanged(Set<Long> listingIds, Set<Long> groupIds, boolean all) {

    public StorefrontChanged {
        listingIds = Set.copyOf(listingIds);
        groupIds = Set.copyOf(groupIds);
    }

    public static StorefrontChanged listings(Collection<Long> listingIds) {
        return new StorefrontChanged(Set.copyOf(listingIds), Set.of(), false);
    }

    public static StorefrontChanged listing(long listingId) {
        return new StorefrontChanged(Set.of(listingId), Set.of(), false);
    }

    public static StorefrontChanged group(long groupId) {
        return new StorefrontChanged(Set.of(), Set.of(groupId), false);
    }

    /** Only the pages that show many listings (a collection, the order of the home page's sections). */
    public static StorefrontChanged lists() {
        return new StorefrontChanged(Set.of(), Set.of(), false);
    }

    public static StorefrontChanged everything() {
        return new StorefrontChanged(Set.of(), Set.of(), true);
    }
}
