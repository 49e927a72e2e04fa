package id.go.bnn.pasarbersinar.exhibition;

import static id.go.bnn.pasarbersinar.exhibition.ExhibitionFixture.ADMIN;
import static id.go.bnn.pasarbersinar.exhibition.ExhibitionFixture.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.StorefrontChanged;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Moving stock from online sale to an event and back: atomic, never more than online, each move counted once. */
@SpringBootTest
@RecordApplicationEvents
class ExhibitionStockTest {

    @Autowired
    ExhibitionStock stock;
    @Autowired
    Exhibitions exhibitions;
    @Autowired
    ExhibitionFixture fixture;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    @Test
    void a_group_moves_stock_to_the_event_and_a_move_sent_twice_counts_once() {
        OrderFixture.Group ntt = fixture.ntt();
        long variant = fixture.orders().variant(ntt, 10, 120_000, "Tas Pameran");
        ExhibitionId id = fixture.event("Pameran Pindah", ntt);
        Caller member = Callers.producer(-5321, ntt.id());
        String key = key();

        assertThat(Callers.as(member, () -> stock.move(id, variant, 4, key))).isEqualTo(MoveOutcome.MOVED);
        assertThat(Callers.as(member, () -> stock.move(id, variant, 4, key))).isEqualTo(MoveOutcome.ALREADY_COUNTED);
        Callers.as(member, () -> stock.move(id, variant, 2, key()));

        assertThat(fixture.orders().stock(variant)).isEqualTo(4);
        assertThat(fixture.orders().totalStock(variant)).isEqualTo(4);
        assertThat(fixture.stock(id, variant)).containsExactly(6, 0, 0);
        assertThat(fixture.moves(id)).isEqualTo(2);
        long product = Callers.as(member, () -> stock.at(id)).getFirst().productId();
        assertThat(events.stream(StorefrontChanged.class)).contains(StorefrontChanged.listing(product));
        assertThat(Callers.as(member, () -> stock.at(id))).singleElement().satisfies(line -> {
            assertThat(line.onHand()).isEqualTo(6);
            assertThat(line.online()).isEqualTo(4);
            assertThat(line.groupName()).isNotBlank();
        });
    }

    @Test
    void a_key_used_for_another_move_is_refused() {
        OrderFixture.Group ntt = fixture.ntt();
        long variant = fixture.orders().variant(ntt, 10, 50_000);
        ExhibitionId id = fixture.event("Pameran Kunci", ntt);
        Caller member = Callers.producer(-5322, ntt.id());
        String key = key();
        Callers.as(member, () -> stock.move(id, variant, 1, key));

        assertThatThrownBy(() -> Callers.as(member, () -> stock.move(id, variant, 3, key))).hasMessage("exhibition.error.move-key");
        assertThatThrownBy(() -> Callers.as(member, () -> stock.move(id, variant, 3, "x'; --"))).hasMessage("exhibition.error.move-key");
        assertThat(fixture.orders().stock(variant)).isEqualTo(9);
        assertThat(fixture.stock(id, variant)).containsExactly(1, 0, 0);
    }

    @Test
    void more_than_the_online_stock_is_refused_and_nothing_moves() {
        OrderFixture.Group ntt = fixture.ntt();
        long variant = fixture.orders().variant(ntt, 3, 50_000);
        ExhibitionId id = fixture.event("Pameran Lebih", ntt);
        Caller member = Callers.producer(-5323, ntt.id());

        assertThatThrownBy(() -> Callers.as(member, () -> stock.move(id, variant, 4, key()))).hasMessage("exhibition.error.not-enough-online");
        assertThatThrownBy(() -> Callers.as(member, () -> stock.move(id, variant, 0, key()))).hasMessage("exhibition.error.quantity");
        assertThatThrownBy(() -> Callers.as(member, () -> stock.move(id, variant, -2, key()))).hasMessage("exhibition.error.quantity");

        assertThat(fixture.orders().stock(variant)).isEqualTo(3);
        assertThat(fixture.orders().totalStock(variant)).isEqualTo(3);
        assertThat(fixture.stock(id, variant)).isEmpty();
        assertThat(fixture.moves(id)).isZero();
    }

    @Test
    void a_group_not_at_the_event_and_an_ended_event_take_no_stock() {
        OrderFixture.Group ntt = fixture.ntt();
        OrderFixture.Group banten = fixture.banten();
        long bantenVariant = fixture.orders().variant(banten, 5, 50_000);
        long nttVariant = fixture.orders().variant(ntt, 5, 50_000);
        ExhibitionId id = fixture.event("Pameran Tanpa Banten", ntt);
        ExhibitionId ended = fixture.event("Pameran Usai", ntt);
        Callers.as(ADMIN, () -> exhibitions.end(ended));

        assertThatThrownBy(() -> Callers.as(Callers.producer(-3621, banten.id()), () -> stock.move(id, bantenVariant, 1, key())))
                .hasMessage("exhibition.error.not-at-event");
        assertThatThrownBy(() -> Callers.as(Callers.producer(-5324, ntt.id()), () -> stock.move(ended, nttVariant, 1, key())))
                .hasMessage("exhibition.error.ended");
        // A member moving another group's variant is refused whatever the event.
        assertThatThrownBy(() -> Callers.as(Callers.producer(-3622, banten.id()), () -> stock.move(id, nttVariant, 1, key())))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(fixture.orders().stock(bantenVariant)).isEqualTo(5);
        assertThat(fixture.orders().stock(nttVariant)).isEqualTo(5);
        assertThat(fixture.moves(id) + fixture.moves(ended)).isZero();
    }

    @Test
    void ending_the_event_gives_what_is_left_back_to_online_stock() {
        OrderFixture.Group ntt = fixture.ntt();
        long bag = fixture.orders().variant(ntt, 10, 80_000);
        long cloth = fixture.orders().variant(ntt, 4, 200_000);
        ExhibitionId id = fixture.event("Pameran Akhir", ntt);
        Caller member = Callers.producer(-5325, ntt.id());
        Callers.as(member, () -> {
            stock.move(id, bag, 6, key());
            stock.move(id, cloth, 4, key());
        });
        fixture.sell(id, bag, 2);
        fixture.sell(id, cloth, 4);

        Callers.as(ADMIN, () -> exhibitions.end(id));

        assertThat(fixture.orders().stock(bag)).isEqualTo(4 + 4);
        assertThat(fixture.orders().totalStock(bag)).isEqualTo(8);
        assertThat(fixture.orders().stock(cloth)).isZero();
        assertThat(fixture.stock(id, bag)).containsExactly(6, 2, 4);
        assertThat(fixture.stock(id, cloth)).containsExactly(4, 4, 0);
        assertThatThrownBy(() -> Callers.as(ADMIN, () -> exhibitions.end(id))).hasMessage("exhibition.error.ended");
        assertThat(fixture.orders().stock(bag)).isEqualTo(8);
    }

    @Test
    void a_booth_with_stock_stays_until_the_event_ends() {
        OrderFixture.Group ntt = fixture.ntt();
        long variant = fixture.orders().variant(ntt, 2, 80_000);
        ExhibitionId id = fixture.event("Pameran Stan", ntt);
        Callers.as(Callers.producer(-5326, ntt.id()), () -> stock.move(id, variant, 1, key()));

        assertThatThrownBy(() -> Callers.as(ADMIN, () -> exhibitions.removeBooth(id, new GroupId(ntt.id()))))
                .hasMessage("exhibition.error.booth-has-stock");
        assertThat(Callers.as(ADMIN, () -> exhibitions.booths(id))).hasSize(1);
        assertThat(List.of(fixture.orders().stock(variant))).containsExactly(1);
    }
}
