package id.go.bnn.pasarbersinar.exhibition;

import id.go.bnn.pasarbersinar.exhibition.internal.PriceTagSheet;
import id.go.bnn.pasarbersinar.exhibition.internal.PriceTagSheet.Tag;
import id.go.bnn.pasarbersinar.shared.ShopAddress;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Printable price tags of an event's stock (PDF, A4 sheets): per variant at the event, its name, price, group and a QR
 * code of the product page's address with {@code ?pameran=<event id>&varian=<variant id>}, which the booth page reads
 * to add the item and any other phone simply opens. Staff of the event get every booth's tags, a group its own.
 */
@Service
@Transactional(readOnly = true)
public class PriceTags {

    /** The parameters of a tag's address that name the event and the variant. */
    public static final String EVENT_PARAMETER = "pameran";
    public static final String VARIANT_PARAMETER = "varian";

    private final Exhibitions exhibitions;
    private final ExhibitionStock stock;
    private final PriceTagSheet sheet;
    private final ShopAddress address;

    PriceTags(Exhibitions exhibitions, ExhibitionStock stock, PriceTagSheet sheet, ShopAddress address) {
        this.exhibitions = exhibitions;
        this.stock = stock;
        this.sheet = sheet;
        this.address = address;
    }

    /** The path a tag's QR code opens: {@code /produk/<slug>?pameran=<id>&varian=<variant id>}. */
    public static String tagPath(String slug, ExhibitionId id, long variantId) {
        return "/produk/" + slug + "?" + EVENT_PARAMETER + "=" + id.value() + "&" + VARIANT_PARAMETER + "=" + variantId;
    }

    /** The tags of every variant moved to the event that the caller may see (access as {@link ExhibitionStock#at}). */
    public byte[] sheet(ExhibitionId id, Locale locale) {
        // The stock first: it refuses a caller with no right to the event's stock before anything is read.
        List<StockLine> lines = stock.at(id);
        Exhibition event = exhibitions.find(id).orElseThrow(() -> new ExhibitionException("exhibition.error.not-found"));
        List<Tag> tags = lines.stream().filter(line -> line.allocated() > 0)
                .map(line -> new Tag(line.title().in(locale), line.onlyVariant() ? null : line.variantName().in(locale),
                        line.price().format(), line.groupName(), address.resolve(tagPath(line.slug(), id, line.variantId()))))
                .toList();
        return sheet.render(event.name(), tags);
    }
}
