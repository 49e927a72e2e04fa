package id.go.bnn.pasarbersinar.shell;

import com.vaadin.flow.server.VaadinRequest;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a storefront page that shows few listings depends on, for the page cache (docs/performance.md): a view calls
 * {@link #shows} while it builds the first HTML with every listing and group whose data it shows. Such a page is
 * dropped from the cache only when one of them changes ({@link id.go.bnn.pasarbersinar.shared.StorefrontChanged});
 * a page that never calls it is taken to show many listings and is dropped on every change.
 */
public final class StorefrontPage {

    /** The request attribute that carries the {@link Dependencies} of the page being built. */
    public static final String ATTRIBUTE = StorefrontPage.class.getName() + ".dependencies";

    public record Dependencies(Set<Long> listingIds, Set<Long> groupIds) {
    }

    private StorefrontPage() {
    }

    public static void shows(Collection<Long> listingIds, Collection<Long> groupIds) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return;
        }
        Set<Long> listings = new LinkedHashSet<>(listingIds);
        Set<Long> groups = new LinkedHashSet<>(groupIds);
        if (request.getAttribute(ATTRIBUTE) instanceof Dependencies earlier) {
            listings.addAll(earlier.listingIds());
            groups.addAll(earlier.groupIds());
        }
        request.setAttribute(ATTRIBUTE, new Dependencies(Set.copyOf(listings), Set.copyOf(groups)));
    }
}
