package id.go.bnn.pasarbersinar.exhibition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.exhibition.BoothFixture.Booth;
import id.go.bnn.pasarbersinar.exhibition.BoothFixture.Seller;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Staff's side of booth sales flagged short of stock: listed for the event's province, counted, resolved once with a note. */
@SpringBootTest
class ShortBoothSalesTest {

    @Autowired
    ShortBoothSales shorts;
    @Autowired
    Exhibitions exhibitions;
    @Autowired
    BoothFixture fixture;

    @Test
    void staff_of_the_province_see_the_short_sale_and_resolve_it_once_with_a_note() {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        String key = fixture.shortSale(booth, seller, "Tas Anyaman Pendek");
        ExhibitionId id = new ExhibitionId(booth.exhibitionId());
        var curator = Callers.curator(-7101, "53");

        List<ShortBoothSales.ShortSale> list = Callers.as(curator, () -> shorts.of(id));
        assertThat(list).singleElement().satisfies(item -> {
            assertThat(item.open()).isTrue();
            assertThat(item.sale().saleKey()).isEqualTo(key);
            assertThat(item.sale().lines()).singleElement().satisfies(line -> assertThat(line.title()).contains("Tas Anyaman Pendek"));
            assertThat(item.groupName()).isNotBlank();
        });
        Exhibition event = Callers.as(curator, () -> exhibitions.find(id)).orElseThrow();
        assertThat(Callers.as(curator, () -> shorts.openCounts(List.of(event)))).containsEntry(id.value(), 1);
        assertThat(Callers.as(Callers.curator(-7102, "36"), () -> shorts.openCounts(List.of(event)))).as("another province's curator").isEmpty();

        assertThatThrownBy(() -> Callers.as(curator, () -> shorts.resolve(id, key, "  ")))
                .isInstanceOfSatisfying(ExhibitionException.class, e -> assertThat(e.messageKey()).isEqualTo("exhibition.short.error.note"));
        assertThatThrownBy(() -> Callers.as(curator, () -> shorts.resolve(id, key, "x".repeat(501))))
                .isInstanceOfSatisfying(ExhibitionException.class, e -> assertThat(e.messageKey()).isEqualTo("exhibition.short.error.note"));
        assertThat(fixture.resolution(key)).isEqualTo("0:");

        Callers.as(curator, () -> shorts.resolve(id, key, " Barang ditemukan di gudang stan; stok dikoreksi. "));

        assertThat(fixture.resolution(key)).isEqualTo("-7101:Barang ditemukan di gudang stan; stok dikoreksi.");
        assertThat(Callers.as(curator, () -> shorts.of(id))).singleElement().satisfies(item -> {
            assertThat(item.open()).isFalse();
            assertThat(item.note()).isEqualTo("Barang ditemukan di gudang stan; stok dikoreksi.");
        });
        assertThat(Callers.as(curator, () -> shorts.openCounts(List.of(event)))).doesNotContainKey(id.value());
        assertThatThrownBy(() -> Callers.as(Callers.admin(-7103), () -> shorts.resolve(id, key, "lagi")))
                .isInstanceOfSatisfying(ExhibitionException.class, e -> assertThat(e.messageKey()).isEqualTo("exhibition.short.error.resolved"));
        assertThatThrownBy(() -> Callers.as(curator, () -> shorts.resolve(id, java.util.UUID.randomUUID().toString(), "catatan")))
                .isInstanceOfSatisfying(ExhibitionException.class, e -> assertThat(e.messageKey()).isEqualTo("exhibition.short.error.unknown"));
        assertThat(fixture.resolution(key)).isEqualTo("-7101:Barang ditemukan di gudang stan; stok dikoreksi.");
    }

    @Test
    void a_curator_of_another_province_and_the_seller_may_not_see_or_resolve_it() {
        Booth booth = fixture.openBooth(0);
        Seller seller = fixture.seller(booth);
        String key = fixture.shortSale(booth, seller, "Dompet Pendek");
        ExhibitionId id = new ExhibitionId(booth.exhibitionId());

        for (var caller : List.of(Callers.curator(-7104, "36"), seller.caller())) {
            assertThatThrownBy(() -> Callers.as(caller, () -> shorts.of(id))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> Callers.as(caller, () -> shorts.resolve(id, key, "catatan"))).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(fixture.resolution(key)).isEqualTo("0:");
    }
}
