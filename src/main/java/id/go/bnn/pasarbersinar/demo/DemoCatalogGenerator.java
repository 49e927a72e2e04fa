package id.go.bnn.pasarbersinar.demo;

import id.go.bnn.pasarbersinar.catalog.BulkListings;
import id.go.bnn.pasarbersinar.catalog.BulkListings.BulkProduct;
import id.go.bnn.pasarbersinar.catalog.Images;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Generates a large demo catalog ({@code --pasar.demo.products=100000}) for benchmarks: varied Indonesian and English
 * titles from crafts, motifs, colours and places, spread over the demo groups, sharing one drawn picture per kind of craft.
 */
@Component
class DemoCatalogGenerator {

    static final String SLUG_PREFIX = "gen-";
    private static final Logger log = LoggerFactory.getLogger(DemoCatalogGenerator.class);
    private static final int BATCH = 2_000;

    /** category, Indonesian noun, English noun. */
    private static final String[][] CRAFTS = {
            {"tenun", "Kain Tenun", "Woven Cloth"}, {"tenun", "Selendang Tenun", "Woven Shawl"},
            {"tenun", "Sarung Tenunan", "Woven Sarong"}, {"batik", "Kain Batik Tulis", "Hand-Drawn Batik"},
            {"batik", "Batik Cap", "Stamped Batik"}, {"anyaman", "Keranjang Anyaman", "Woven Basket"},
            {"anyaman", "Tikar Anyaman", "Woven Mat"}, {"eceng-gondok", "Tas Eceng Gondok", "Water-Hyacinth Bag"},
            {"eceng-gondok", "Kotak Eceng Gondok", "Water-Hyacinth Box"}, {"jilbab-lukis", "Jilbab Lukis", "Painted Hijab"},
            {"jilbab-lukis", "Pashmina Lukis", "Painted Pashmina"}, {"tas-clutch", "Clutch Pesta", "Evening Clutch"},
            {"tas-clutch", "Tas Selempang", "Sling Bag"}, {"daur-ulang", "Kursi Tong Bekas", "Upcycled Drum Chair"},
            {"daur-ulang", "Dompet Daur Ulang", "Upcycled Wallet"}, {"busana", "Kemeja", "Shirt"},
            {"busana", "Blus", "Blouse"}, {"dekorasi-rumah", "Hiasan Dinding", "Wall Hanging"},
            {"dekorasi-rumah", "Taplak Meja", "Table Runner"}, {"aksesoris", "Gelang Manik", "Beaded Bracelet"},
            {"makanan", "Kopi Bubuk", "Ground Coffee"}, {"makanan", "Keripik", "Chips"},
    };
    private static final String[][] MOTIFS = {
            {"Motif Kawung", "Kawung Motif"}, {"Motif Parang", "Parang Motif"}, {"Ikat Sumba", "Sumba Ikat"},
            {"Motif Pucuk Rebung", "Bamboo Shoot Motif"}, {"Motif Bunga", "Floral"}, {"Motif Mega Mendung", "Cloud Motif"},
            {"Motif Ondel-ondel", "Ondel-ondel"}, {"Motif Rumah Gadang", "Rumah Gadang"}, {"Motif Pinang", "Areca Motif"},
            {"Motif Burung", "Bird Motif"}, {"Motif Ikan", "Fish Motif"}, {"Polos", "Plain"},
    };
    private static final String[][] COLOURS = {
            {"Merah", "Red"}, {"Biru", "Blue"}, {"Hijau", "Green"}, {"Kuning", "Yellow"}, {"Cokelat", "Brown"},
            {"Hitam", "Black"}, {"Putih", "White"}, {"Ungu", "Purple"}, {"Jingga", "Orange"}, {"Marun", "Maroon"},
    };

    private final ProducerGroups groups;
    private final BulkListings bulk;
    private final Images images;
    private final Clock clock;

    DemoCatalogGenerator(ProducerGroups groups, BulkListings bulk, Images images, Clock clock) {
        this.groups = groups;
        this.bulk = bulk;
        this.images = images;
        this.clock = clock;
    }

    /** Tops the generated part of the catalog up to {@code wanted} products. */
    void ensure(int wanted) {
        int existing = bulk.countWithSlugPrefix(SLUG_PREFIX);
        if (existing >= wanted) {
            log.info("Large demo catalog: {} generated products already present", existing);
            return;
        }
        long started = System.nanoTime();
        List<GroupSummary> makers = groups.listPublic();
        Map<String, String> pictures = new HashMap<>();
        Random random = new Random(20_251_123L + existing);
        Instant now = clock.instant();
        List<BulkProduct> batch = new ArrayList<>(BATCH);
        for (int n = existing; n < wanted; n++) {
            String[] craft = CRAFTS[random.nextInt(CRAFTS.length)];
            String[] motif = MOTIFS[random.nextInt(MOTIFS.length)];
            String[] colour = COLOURS[random.nextInt(COLOURS.length)];
            GroupSummary group = makers.get(random.nextInt(makers.size()));
            // One drawn cover per kind of craft (22 in all): drawing is slow next to inserting 100,000 rows.
            String picture = pictures.computeIfAbsent(craft[2],
                    key -> images.store(DemoPictures.cover(craft[0], craft[2], DemoPictures.seedOf("gen", key))).hash());
            String titleId = craft[1] + " " + motif[0] + " " + colour[0];
            String titleEn = colour[1] + " " + motif[1] + " " + craft[2];
            String place = group.regency();
            batch.add(new BulkProduct(SLUG_PREFIX + n, group.id().value(), group.provinceCode(), group.programmeCode(), craft[0],
                    titleId, titleEn,
                    craft[1] + " " + motif[0].toLowerCase(Locale.ROOT) + " berwarna " + colour[0].toLowerCase(Locale.ROOT) + " buatan " + group.name()
                            + " dari " + place + ". Dibuat dengan tangan, setiap helai sedikit berbeda.",
                    titleEn + " made by " + group.name() + " in " + place + ". Handmade, so each piece is slightly different.",
                    (10 + random.nextInt(190)) * 5_000L, 100 + random.nextInt(2_000), random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(40),
                    random.nextInt(200), picture, true, now.minusSeconds(60L * (wanted - n))));
            if (batch.size() == BATCH) {
                bulk.insertApproved(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            bulk.insertApproved(batch);
        }
        log.info("Large demo catalog: generated {} products in {} ms", wanted - existing, (System.nanoTime() - started) / 1_000_000);
    }
}
