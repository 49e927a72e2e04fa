package id.go.bnn.pasarbersinar.catalog.ui;

import id.go.bnn.pasarbersinar.catalog.Images;
import id.go.bnn.pasarbersinar.catalog.ImagesTest;
import id.go.bnn.pasarbersinar.catalog.ListingReviews;
import id.go.bnn.pasarbersinar.catalog.Listings;
import id.go.bnn.pasarbersinar.catalog.NewListing;
import id.go.bnn.pasarbersinar.catalog.ProductId;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Creates the groups and listings a view test needs, in a province of its own, through the modules' services, as the
 * shop itself (the services check their caller; these tests are about what the public sees).
 */
record StorefrontFixture(ProducerGroups groups, Listings listings, ListingReviews reviews, String provinceCode) {

    GroupId verifiedGroup(String name) {
        return Caller.runAsSystem(() -> {
            GroupId id = groups.register(group(name), false);
            groups.verify(id);
            return id;
        });
    }

    GroupId pendingGroup(String name) {
        return Caller.runAsSystem(() -> groups.register(group(name), false));
    }

    ProductId approved(GroupId group, String title, String category, long price, List<NewListing.Variant> variants) {
        ProductId id = draft(group, title, category, price, variants);
        Caller.runAsSystem(() -> reviews.approve(id));
        return id;
    }

    ProductId draft(GroupId group, String title, String category, long price, List<NewListing.Variant> variants) {
        return draft(group, title, category, price, variants, List.of());
    }

    /** An approved listing with these photos (hashes of stored pictures, see {@link #photo}). */
    ProductId approved(GroupId group, String title, String category, long price, List<NewListing.Variant> variants, List<String> photos) {
        ProductId id = draft(group, title, category, price, variants, photos);
        Caller.runAsSystem(() -> reviews.approve(id));
        return id;
    }

    private ProductId draft(GroupId group, String title, String category, long price, List<NewListing.Variant> variants,
            List<String> photos) {
        return Caller.runAsSystem(() -> listings.create(group, new NewListing(new LocalizedText(title, title + " (en)"),
                new LocalizedText("Deskripsi " + title + ".", "Description of " + title + "."), category, price, 300, variants,
                photos), false));
    }

    /** A picture stored as the shop itself: its hash, for a listing's photos. */
    static String photo(Images images) {
        try {
            byte[] jpeg = ImagesTest.jpeg(800, 600);
            return Caller.runAsSystem(() -> images.store(jpeg)).hash();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private NewGroup group(String name) {
        return new NewGroup(name, new LocalizedText("Cerita " + name + ".", "The story of " + name + "."), "KAWASAN_RAWAN",
                provinceCode, "Kota Uji", null, "Kelurahan Uji", null, null, null, null, null, 12, 2022);
    }
}
