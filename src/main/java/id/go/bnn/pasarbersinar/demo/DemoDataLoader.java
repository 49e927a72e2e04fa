package id.go.bnn.pasarbersinar.demo;

import id.go.bnn.pasarbersinar.catalog.Collections;
import id.go.bnn.pasarbersinar.catalog.ImageRef;
import id.go.bnn.pasarbersinar.catalog.Images;
import id.go.bnn.pasarbersinar.catalog.ListingReviews;
import id.go.bnn.pasarbersinar.catalog.Listings;
import id.go.bnn.pasarbersinar.catalog.NewListing;
import id.go.bnn.pasarbersinar.catalog.ProductId;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.StartUpLock;
import id.go.bnn.pasarbersinar.shell.ShopStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo groups, products and collections on the demo's first start ({@code PASAR_DEMO=true}), in one
 * transaction: either all of it is there or none of it. Later starts find it and only mark the shop as showing demo data.
 */
@Component
@Order(0)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoProperties properties;
    private final DataSource dataSource;
    private final ProducerGroups groups;
    private final Listings listings;
    private final ListingReviews reviews;
    private final Images images;
    private final Collections collections;
    private final DemoCatalogGenerator generator;
    private final ShopStatus status;
    private final TransactionTemplate transaction;
    private final DemoAccounts accounts;
    private final DemoOrders history;
    private final DemoSetup setup;
    private final DemoExhibition exhibition;
    private final StartUpLock startUpLock;

    DemoDataLoader(DemoProperties properties, DataSource dataSource, ProducerGroups groups, Listings listings,
            ListingReviews reviews, Images images, Collections collections, DemoCatalogGenerator generator, ShopStatus status, TransactionTemplate transaction,
            DemoAccounts accounts, DemoOrders history, DemoSetup setup, DemoExhibition exhibition, StartUpLock startUpLock) {
        this.startUpLock = startUpLock;
        this.setup = setup;
        this.exhibition = exhibition;
        this.accounts = accounts;
        this.history = history;
        this.properties = properties;
        this.dataSource = dataSource;
        this.groups = groups;
        this.listings = listings;
        this.reviews = reviews;
        this.images = images;
        this.collections = collections;
        this.generator = generator;
        this.status = status;
        this.transaction = transaction;
    }

    /**
     * Runs as the shop itself: services check their caller, and at start-up nobody is signed in. Nodes starting at the
     * same moment on an empty database take turns ({@link StartUpLock}): one loads the demo data, the others wait for it
     * and then find it in the database.
     */
    @Override
    public void run(ApplicationArguments args) {
        try {
            if (!properties.loadsData()) {
                log.info("Demo data not loaded: the demo is off (PASAR_DEMO=true switches it on, never in production)");
                return;
            }
            startUpLock.once("demo-data", () -> Caller.runAsSystem(this::loadIfMissing));
        } finally {
            setup.ready();
        }
    }

    private void loadIfMissing() {
        boolean firstLoad = false;
        long started = System.nanoTime();
        if (groups.hasDemoData()) {
            log.info("Demo data found in the database");
        } else if (groups.count() > 0) {
            log.warn("The database holds real producer groups: demo data is not added to them");
            return;
        } else {
            List<DemoProduct> products = interleavedByGroup(readProducts());
            List<List<Images.Prepared>> photos = DemoPhotoPreparation.photosOf(products);
            long drawn = System.nanoTime();
            transaction.executeWithoutResult(tx -> load(products, photos));
            log.info("Demo pictures drawn and cleaned in {} ms (after start-up)", (drawn - started) / 1_000_000);
            log.info("Demo catalog loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
            firstLoad = true;
        }
        status.markDemoData();
        // The catalog is there: pages show it from now on (the accounts and the order history follow).
        setup.ready();
        if (properties.createsAccounts(jdbcUrl())) {
            List<DemoAccounts.DemoAccount> made = transaction.execute(tx -> accounts.ensure());
            DemoAccounts.print(made);
            if (firstLoad) {
                writeHistory(made);
            }
        } else {
            log.info("Demo accounts are created on the embedded database only, never on {}", jdbcUrl());
        }
        if (firstLoad) {
            transaction.executeWithoutResult(tx -> exhibition.ensure());
            log.info("Demo exhibition '{}' opened in Jakarta", DemoExhibition.NAME);
        }
        if (firstLoad) {
            // Said last: scripts wait for this line before they use the shop (the order history is written by then).
            log.info("Demo data loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
        if (properties.products() > 0) {
            generator.ensure(properties.products());
        }
    }

    /** Six months of orders and payouts through the real services (see {@link DemoOrders}), on the first start only. */
    private void writeHistory(List<DemoAccounts.DemoAccount> made) {
        if (!properties.history() || !history.possible()) {
            log.info("Demo order history not written (pasar.demo.history={})", properties.history());
            return;
        }
        long started = System.nanoTime();
        Map<String, id.go.bnn.pasarbersinar.identity.AccountId> ids = new HashMap<>();
        made.stream().filter(account -> account.id() != null).forEach(account -> ids.put(account.email(), account.id()));
        DemoOrders.Summary summary;
        try {
            summary = history.create(ids);
        } catch (RuntimeException e) {
            log.error("The demo order history could not be written completely; the shop runs without the rest of it", e);
            return;
        }
        log.info("Demo order history written in {} ms: {} orders, {} parcels, {} payout runs with {} payouts",
                (System.nanoTime() - started) / 1_000_000, summary.orders(), summary.parcels(), summary.payoutRuns(), summary.payouts());
    }

    /** One product line of demo/products.tsv. */
    record DemoProduct(String groupKey, String category, String titleId, String titleEn, long price, int weight,
            String variants, String descriptionId, String descriptionEn) {
    }

    /**
     * Every product's photos, drawn in parallel before the database transaction (drawing is most of the first start),
     * in the products' order.
     */
    static List<List<byte[]>> photosOf(List<DemoProduct> products) {
        Drawn drawn = lastDrawn.get();
        if (drawn != null && drawn.products().equals(products)) {
            return drawn.photos();
        }
        List<List<byte[]>> photos = products.parallelStream()
                .map(product -> DemoPictures.photos(product.category(), product.titleEn(),
                        DemoPictures.seedOf(product.groupKey(), product.titleEn())))
                .toList();
        lastDrawn = new SoftReference<>(new Drawn(products, photos));
        return photos;
    }

    private record Drawn(List<DemoProduct> products, List<List<byte[]>> photos) {
    }

    /**
     * The drawing is deterministic, so a second load in the same JVM (each test context loads the demo data into its
     * own database) reuses it; softly held, so the garbage collector takes it back when memory runs short.
     */
    private static volatile SoftReference<Drawn> lastDrawn = new SoftReference<>(null);

    private void load(List<DemoProduct> products, List<List<Images.Prepared>> photos) {
        Map<String, GroupId> groupIds = new HashMap<>();
        DemoGroups.all().forEach((key, group) -> groupIds.put(key, registerVerified(group)));
        Map<String, List<ProductId>> byCategory = new HashMap<>();
        List<ProductId> gifts = new ArrayList<>();
        List<Listings.ForGroup> drafts = new ArrayList<>(products.size());
        for (int i = 0; i < products.size(); i++) {
            DemoProduct product = products.get(i);
            List<String> pictures = photos.get(i).stream().map(images::store).map(ImageRef::hash).toList();
            drafts.add(new Listings.ForGroup(groupIds.get(product.groupKey()), new NewListing(
                    new LocalizedText(product.titleId(), product.titleEn()),
                    new LocalizedText(product.descriptionId(), product.descriptionEn()), product.category(), product.price(),
                    product.weight(), variants(product.variants()), pictures)));
        }
        // Created in one go (one query for their slugs), then approved in the same order.
        List<ProductId> created = listings.create(drafts, true);
        for (int i = 0; i < products.size(); i++) {
            DemoProduct product = products.get(i);
            ProductId id = created.get(i);
            reviews.approve(id);
            listings.recordSales(id, (i * 37) % 50);
            byCategory.computeIfAbsent(product.category(), category -> new ArrayList<>()).add(id);
            if (product.price() <= 100_000) {
                gifts.add(id);
            }
        }
        collections.create(new LocalizedText("Tenun dari Timur", "Weaving from the East"),
                new LocalizedText("Tenun ikat, futus dan buna dari Kupang dan Belu, Nusa Tenggara Timur.",
                        "Ikat, futus and buna weaving from Kupang and Belu, East Nusa Tenggara."),
                true, byCategory.get("tenun"), true);
        collections.create(new LocalizedText("Barang Bekas Jadi Berkelas", "From Scrap to Style"),
                new LocalizedText("Tong, kaleng dan ban bekas yang diolah ulang oleh mitra pascarehabilitasi.",
                        "Drums, cans and inner tubes remade by post-rehabilitation partners."),
                true, byCategory.get("daur-ulang"), true);
        collections.create(new LocalizedText("Hadiah di Bawah Rp 100.000", "Gifts under Rp 100.000"),
                new LocalizedText("Oleh-oleh kecil yang berarti besar bagi pembuatnya.",
                        "Small gifts that mean a lot to the people who make them."),
                true, gifts.subList(0, Math.min(12, gifts.size())), true);
    }

    private GroupId registerVerified(NewGroup group) {
        GroupId id = groups.register(group, true);
        groups.verify(id);
        return id;
    }

    /** "S:4,M:6" or "Merah/Red:3,Biru/Blue:3:120000" (Indonesian/English name) or "-:8" (one kind only). */
    static List<NewListing.Variant> variants(String spec) {
        List<NewListing.Variant> variants = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] fields = part.split(":");
            if (fields[0].equals("-")) {
                return NewListing.single(Integer.parseInt(fields[1]));
            }
            Long price = fields.length > 2 ? Long.valueOf(fields[2]) : null;
            String[] names = fields[0].split("/", 2);
            variants.add(new NewListing.Variant(names[0], names.length > 1 ? names[1] : names[0], price, Integer.parseInt(fields[1])));
        }
        return variants;
    }

    /** One product of each group in turn, so that "newest first" shows many groups and provinces. */
    static List<DemoProduct> interleavedByGroup(List<DemoProduct> products) {
        Map<String, List<DemoProduct>> byGroup = new java.util.LinkedHashMap<>();
        products.forEach(product -> byGroup.computeIfAbsent(product.groupKey(), key -> new ArrayList<>()).add(product));
        List<DemoProduct> interleaved = new ArrayList<>(products.size());
        for (int round = 0; interleaved.size() < products.size(); round++) {
            for (List<DemoProduct> group : byGroup.values()) {
                if (round < group.size()) {
                    interleaved.add(group.get(round));
                }
            }
        }
        return interleaved;
    }

    static List<DemoProduct> readProducts() {
        List<DemoProduct> products = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/products.tsv").getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                products.add(new DemoProduct(f[0], f[1], f[2], f[3], Long.parseLong(f[4]), Integer.parseInt(f[5]), f[6], f[7], f[8]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return products;
    }

    private String jdbcUrl() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }
}
