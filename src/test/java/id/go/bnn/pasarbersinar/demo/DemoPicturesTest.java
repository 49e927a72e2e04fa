package id.go.bnn.pasarbersinar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.demo.DemoDataLoader.DemoProduct;
import id.go.bnn.pasarbersinar.demo.DemoPictures.Kind;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class DemoPicturesTest {

    private static final List<DemoProduct> PRODUCTS = DemoDataLoader.readProducts();

    @Test
    void every_demo_product_has_its_own_photos_two_or_three_of_them_as_square_jpegs() {
        List<List<byte[]>> photos = DemoDataLoader.photosOf(PRODUCTS);
        Set<String> covers = new HashSet<>();
        Set<String> all = new HashSet<>();
        int count = 0;
        for (List<byte[]> product : photos) {
            assertThat(product).hasSizeBetween(2, 3);
            covers.add(sha256(product.getFirst()));
            for (byte[] photo : product) {
                all.add(sha256(photo));
                count++;
                BufferedImage image = read(photo);
                assertThat(image.getWidth()).isEqualTo(DemoPictures.SIZE);
                assertThat(image.getHeight()).isEqualTo(DemoPictures.SIZE);
                assertThat(photo[0] & 0xff).isEqualTo(0xff);
                assertThat(photo[1] & 0xff).isEqualTo(0xd8);
            }
        }
        assertThat(covers).hasSize(PRODUCTS.size());
        assertThat(all).hasSize(count);
    }

    @Test
    void the_same_product_is_drawn_to_the_same_bytes_so_restarts_store_nothing_new() {
        for (DemoProduct product : List.of(PRODUCTS.get(0), PRODUCTS.get(17), PRODUCTS.get(30), PRODUCTS.get(59))) {
            long seed = DemoPictures.seedOf(product.groupKey(), product.titleEn());
            List<byte[]> first = DemoPictures.photos(product.category(), product.titleEn(), seed);
            List<byte[]> again = DemoPictures.photos(product.category(), product.titleEn(), seed);
            assertThat(again).hasSameSizeAs(first);
            for (int i = 0; i < first.size(); i++) {
                assertThat(again.get(i)).isEqualTo(first.get(i));
            }
        }
    }

    @Test
    void each_product_is_drawn_as_the_kind_of_thing_its_title_names() {
        assertThat(kind("Tin-Can Table Lamp")).isEqualTo(Kind.TABLE_LAMP);
        assertThat(kind("Coffee-Sachet Wallet")).isEqualTo(Kind.WALLET);
        assertThat(kind("Upcycled Drum Coffee Table")).isEqualTo(Kind.DRUM_TABLE);
        assertThat(kind("Kupang Ikat Woven Shirt")).isEqualTo(Kind.SHIRT);
        assertThat(kind("Hibiscus Hand-Painted Hijab")).isEqualTo(Kind.HIJAB);
        assertThat(kind("Woven Water-Hyacinth Bag")).isEqualTo(Kind.TOTE);
        assertThat(kind("Batik Cloth Face Mask")).isEqualTo(Kind.MASK);
        assertThat(kind("Belu Futus Ikat Cloth")).isEqualTo(Kind.CLOTH);
        assertThat(kind("Water-Hyacinth Lamp Shade")).isEqualTo(Kind.PENDANT_LAMP);
        assertThat(DemoFabrics.weaveOf("tas-clutch", "Woven Water-Hyacinth Bag")).isEqualTo(DemoFabrics.Weave.BRAID);
        assertThat(DemoFabrics.weaveOf("batik", "Pinang Motif Hand-Drawn Batik")).isEqualTo(DemoFabrics.Weave.PINANG);
        // At least 25 different kinds of thing among the 66 demo products: no single generic picture.
        assertThat(PRODUCTS.stream().map(product -> DemoPictures.kindOf(product.category(), product.titleEn())).distinct())
                .hasSizeGreaterThanOrEqualTo(25);
    }

    private static Kind kind(String titleEn) {
        DemoProduct product = PRODUCTS.stream().filter(p -> p.titleEn().equals(titleEn)).findFirst().orElseThrow();
        return DemoPictures.kindOf(product.category(), product.titleEn());
    }

    private static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
