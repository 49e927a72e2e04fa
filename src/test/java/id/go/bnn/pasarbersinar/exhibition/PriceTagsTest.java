package id.go.bnn.pasarbersinar.exhibition;

import static id.go.bnn.pasarbersinar.exhibition.ExhibitionFixture.ADMIN;
import static id.go.bnn.pasarbersinar.exhibition.ExhibitionFixture.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.ShopAddress;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** The price tags' PDF, read back with PDFBox, and each QR code decoded with ZXing. */
@SpringBootTest
class PriceTagsTest {

    @Autowired
    PriceTags tags;
    @Autowired
    ExhibitionStock stock;
    @Autowired
    ExhibitionFixture fixture;
    @Autowired
    ShopAddress address;

    @Test
    void each_variant_at_the_event_gets_a_tag_with_its_name_price_group_and_a_qr_code_of_its_product_page() throws Exception {
        OrderFixture.Group ntt = fixture.ntt();
        long scarf = fixture.orders().variant(ntt, 5, 125_000, "Selendang Tag");
        long bag = fixture.orders().bilingualVariant(ntt, 5, 90_000, "Tas Tag", "Tag Bag");
        ExhibitionId id = fixture.event("Pameran Label", ntt, fixture.banten());
        Caller member = Callers.producer(-5331, ntt.id());
        Callers.as(member, () -> {
            stock.move(id, scarf, 2, key());
            stock.move(id, bag, 1, key());
        });
        List<StockLine> lines = Callers.as(member, () -> stock.at(id));

        byte[] pdf = Callers.as(member, () -> tags.sheet(id, LocalizedText.INDONESIAN));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Pameran Label", "Selendang Tag", "Rp 125.000", "Tas Tag", "Cokelat", "Rp 90.000",
                    lines.getFirst().groupName());
            List<String> expected = lines.stream().map(line -> address.resolve("/produk/" + line.slug() + "?pameran=" + id.value()
                    + "&varian=" + line.variantId())).toList();
            assertThat(qrCodes(document)).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(expected).anySatisfy(url -> assertThat(url).endsWith("&varian=" + bag));
        }
        assertThat(PriceTags.tagPath("tas-tag", id, bag)).isEqualTo("/produk/tas-tag?pameran=" + id.value() + "&varian=" + bag);
    }

    @Test
    void a_group_gets_only_its_own_tags_and_a_group_without_a_booth_none() throws Exception {
        OrderFixture.Group ntt = fixture.ntt();
        long scarf = fixture.orders().variant(ntt, 5, 125_000, "Selendang Rahasia");
        ExhibitionId id = fixture.event("Pameran Milik", ntt, fixture.banten());
        Callers.as(Callers.producer(-5332, ntt.id()), () -> stock.move(id, scarf, 2, key()));

        byte[] banten = Callers.as(Callers.producer(-3631, fixture.banten().id()), () -> tags.sheet(id, LocalizedText.INDONESIAN));
        try (PDDocument document = Loader.loadPDF(banten)) {
            assertThat(new PDFTextStripper().getText(document)).doesNotContain("Selendang Rahasia");
        }
        byte[] staff = Callers.as(ADMIN, () -> tags.sheet(id, LocalizedText.INDONESIAN));
        try (PDDocument document = Loader.loadPDF(staff)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Selendang Rahasia");
        }
        long other = fixture.elsewhere().id();
        assertThatThrownBy(() -> Callers.as(Callers.producer(-3531, other), () -> tags.sheet(id, LocalizedText.INDONESIAN)))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> Callers.as(Callers.curator(-5333, "53"), () -> tags.sheet(id, LocalizedText.INDONESIAN)))
                .isInstanceOf(RuntimeException.class);
    }

    /** Every image of every page decoded as a QR code. */
    static List<String> qrCodes(PDDocument document) throws Exception {
        List<String> found = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    found.add(decode(image.getImage()));
                }
            }
        }
        return found;
    }

    private static String decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }
}
