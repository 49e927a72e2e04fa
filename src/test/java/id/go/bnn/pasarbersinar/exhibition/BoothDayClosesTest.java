package id.go.bnn.pasarbersinar.exhibition;

import static id.go.bnn.pasarbersinar.exhibition.BoothFixture.as;
import static id.go.bnn.pasarbersinar.exhibition.BoothFixture.cash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.exhibition.BoothFixture.Booth;
import id.go.bnn.pasarbersinar.exhibition.BoothFixture.Seller;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Closing a booth day: counted against the cash sales, a difference needs a note, a second person confirms. */
@SpringBootTest
class BoothDayClosesTest {

    @Autowired
    BoothSales sales;
    @Autowired
    BoothDayCloses closes;
    @Autowired
    BoothFixture fixture;

    @Test
    void the_count_is_held_against_the_cash_sales_and_confirmed_by_another_seller_only() {
        Booth booth = fixture.openBooth(0);
        Seller counter = fixture.seller(booth);
        Seller second = fixture.seller(booth);
        long variant = fixture.allocated(booth, 30_000, 10);
        as(counter.caller(), () -> sales.record(cash(booth, variant, 2, 30_000)));
        as(second.caller(), () -> sales.record(cash(booth, variant, 1, 30_000)));
        LocalDate today = sales.today();

        assertThat(as(counter.caller(), () -> closes.expectedCash(booth.exhibitionId(), booth.groupId(), today))).isEqualTo(90_000);
        assertThatThrownBy(() -> as(counter.caller(), () -> closes.count(booth.exhibitionId(), booth.groupId(), today, 85_000, " ")))
                .hasMessage("exhibition.close.error.note");
        BoothDayClose counted = as(counter.caller(), () -> closes.count(booth.exhibitionId(), booth.groupId(), today, 85_000,
                "Kembalian salah satu pembeli"));
        assertThat(counted.difference()).isEqualTo(-5_000);
        assertThatThrownBy(() -> as(second.caller(), () -> closes.count(booth.exhibitionId(), booth.groupId(), today, 90_000, null)))
                .hasMessage("exhibition.close.error.counted");
        assertThatThrownBy(() -> as(counter.caller(), () -> closes.confirm(booth.exhibitionId(), booth.groupId(), today)))
                .hasMessage("exhibition.close.error.same-person");

        BoothDayClose confirmed = as(second.caller(), () -> closes.confirm(booth.exhibitionId(), booth.groupId(), today));

        assertThat(confirmed.confirmed()).isTrue();
        assertThat(confirmed.confirmedBy()).isEqualTo(second.accountId());
        assertThat(confirmed.note()).isEqualTo("Kembalian salah satu pembeli");
        assertThatThrownBy(() -> as(second.caller(), () -> closes.confirm(booth.exhibitionId(), booth.groupId(), today)))
                .hasMessage("exhibition.close.error.confirmed");
    }

    @Test
    void someone_not_at_the_booth_can_neither_count_nor_confirm() {
        Booth booth = fixture.openBooth(0);
        Seller counter = fixture.seller(booth);
        Seller outsider = fixture.member(booth);
        LocalDate today = sales.today();
        as(counter.caller(), () -> closes.count(booth.exhibitionId(), booth.groupId(), today, 0, null));

        assertThatThrownBy(() -> as(outsider.caller(), () -> closes.confirm(booth.exhibitionId(), booth.groupId(), today)))
                .hasMessage("exhibition.booth.error.not-seller");
        assertThat(as(counter.caller(), () -> closes.find(booth.exhibitionId(), booth.groupId(), today))).hasValueSatisfying(close ->
                assertThat(close.confirmed()).isFalse());
    }
}
