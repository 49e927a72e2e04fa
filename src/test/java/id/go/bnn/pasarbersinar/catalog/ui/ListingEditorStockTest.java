package id.go.bnn.pasarbersinar.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import id.go.bnn.pasarbersinar.catalog.ListingStockFixture;
import id.go.bnn.pasarbersinar.catalog.Listings;
import id.go.bnn.pasarbersinar.catalog.ProductId;
import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The editor when buyers check out while it is open: the producer sees the stock that is left and decides again. */
@SpringBootTest
class ListingEditorStockTest extends SpringBrowserlessTest {

    @Autowired
    Listings listings;
    @Autowired
    ListingStockFixture listed;
    @Autowired
    OrderFixture fixture;

    @AfterEach
    void signOut() {
        Callers.signOut();
    }

    @Test
    void stock_that_orders_moved_while_the_editor_was_open_is_shown_again_and_nothing_is_saved() {
        GroupId group = listed.group("Editor Stok");
        ProductId id = listed.approved(group, "Tas Editor Stok", 5);
        long variant = listed.variantOf(id);
        Caller member = Callers.producer(-7301, group.value());
        Callers.signIn(member);
        ListingEditorView editor = navigate("mitra/produk/" + id.value(), ListingEditorView.class);
        VariantsEditor.VariantRow row = editor.variants.rows.getFirst();
        assertThat(row.stock.getValue()).isEqualTo(5);

        // A buyer takes two while the producer types.
        Callers.signOut();
        listed.checkOut(variant, 2);
        Callers.signIn(member);
        row.stock.setValue(10);
        editor.weight.setValue(450);
        test(editor.save).click();

        assertThat(row.stock.getValue()).isEqualTo(3);
        assertThat(row.stock.isInvalid()).isTrue();
        assertThat(row.stock.getErrorMessage())
                .isEqualTo("Stok ini berubah karena pesanan: sekarang 3 (Anda menulis 10). Tuliskan stok yang Anda inginkan lalu simpan lagi.");
        assertThat($(Notification.class).all()).extracting(n -> test(n).getText())
                .contains("Belum ada yang tersimpan: stok berubah karena pesanan sejak halaman ini dibuka. Stok terkini sudah ditampilkan; "
                        + "periksa lalu simpan lagi.");
        assertThat(fixture.stock(variant)).isEqualTo(3);
        assertThat(listings.find(id).live().weightGrams()).isEqualTo(300);

        // Deciding again against the figure now shown: 10 it is.
        row.stock.setValue(10);
        test(editor.save).click();
        assertThat(fixture.stock(variant)).isEqualTo(10);
        assertThat(fixture.totalStock(variant)).isEqualTo(10);
        assertThat(listings.find(id).live().weightGrams()).isEqualTo(450);
    }
}
