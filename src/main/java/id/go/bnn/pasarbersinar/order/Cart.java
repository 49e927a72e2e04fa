package id.go.bnn.pasarbersinar.order;

import id.go.bnn.pasarbersinar.catalog.Purchasable;
import id.go.bnn.pasarbersinar.catalog.Stock;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cart: a signed-in buyer's lives in the database under the account, a guest's under the key of its cookie
 * ({@link GuestCart}), so any app node finds either; the view hands the guest cart in and the service picks the right
 * one for the caller. Reading it checks every line against today's stock and price.
 */
@Service
public class Cart {

    /** Nobody buys more of one thing at once; a typo of 1000 is refused rather than reserved. */
    public static final int MAX_QUANTITY = 99;
    static final int MAX_LINES = 50;

    private final CartStore carts;
    private final GuestCartStore guestCarts;
    private final Stock stock;
    private final ProducerGroups groups;
    private final Clock clock;

    Cart(CartStore carts, GuestCartStore guestCarts, Stock stock, ProducerGroups groups, Clock clock) {
        this.carts = carts;
        this.guestCarts = guestCarts;
        this.stock = stock;
        this.groups = groups;
        this.clock = clock;
    }

    /** Puts a variant in the cart (or more of it); refuses what is not on sale or not in stock. */
    @Transactional
    public void add(GuestCart guest, long variantId, int quantity) {
        Purchasable item = stock.find(variantId).filter(Purchasable::onSale)
                .orElseThrow(() -> new OrderException("order.cart.error.unavailable"));
        Map<Long, GuestCart.Line> lines = lines(guest);
        int wanted = quantity + (lines.containsKey(variantId) ? lines.get(variantId).quantity() : 0);
        if (quantity <= 0 || wanted > MAX_QUANTITY) {
            throw new OrderException("order.cart.error.quantity", MAX_QUANTITY);
        }
        if (item.stock() < wanted) {
            throw new OrderException(item.stock() == 0 ? "order.cart.error.sold-out" : "order.cart.error.not-enough", item.stock());
        }
        if (!lines.containsKey(variantId) && lines.size() >= MAX_LINES) {
            throw new OrderException("order.cart.error.full", MAX_LINES);
        }
        long priceAdded = lines.containsKey(variantId) ? lines.get(variantId).priceAdded() : item.price().rupiah();
        put(guest, variantId, wanted, priceAdded);
    }

    /** Changes a line's quantity; 0 removes it. The price seen when adding stays, unless the buyer removes the line. */
    @Transactional
    public void setQuantity(GuestCart guest, long variantId, int quantity) {
        Map<Long, GuestCart.Line> lines = lines(guest);
        GuestCart.Line line = lines.get(variantId);
        if (line == null) {
            return;
        }
        if (quantity <= 0) {
            remove(guest, variantId);
            return;
        }
        if (quantity > MAX_QUANTITY) {
            throw new OrderException("order.cart.error.quantity", MAX_QUANTITY);
        }
        int available = stock.find(variantId).map(Purchasable::stock).orElse(0);
        if (quantity > line.quantity() && quantity > available) {
            throw new OrderException(available == 0 ? "order.cart.error.sold-out" : "order.cart.error.not-enough", available);
        }
        put(guest, variantId, quantity, line.priceAdded());
    }

    /** The buyer has seen the new prices: they become the prices the cart remembers. */
    @Transactional
    public void acceptPrices(GuestCart guest) {
        Map<Long, Purchasable> items = stock.findAll(lines(guest).keySet());
        lines(guest).forEach((variantId, line) -> {
            Purchasable item = items.get(variantId);
            if (item != null) {
                put(guest, variantId, line.quantity(), item.price().rupiah());
            }
        });
    }

    @Transactional
    public void remove(GuestCart guest, long variantId) {
        Caller caller = Caller.current();
        if (caller.isSignedIn()) {
            carts.remove(caller.accountId(), variantId);
        } else if (guest != null) {
            guestCarts.remove(guest, variantId, clock.instant());
        }
    }

    @Transactional
    public void clear(GuestCart guest) {
        Caller caller = Caller.current();
        if (caller.isSignedIn()) {
            carts.clear(caller.accountId());
        }
        if (guest != null) {
            guestCarts.clear(guest);
        }
    }

    /** How many items the header shows. */
    @Transactional(readOnly = true)
    public int itemCount(GuestCart guest) {
        return lines(guest).values().stream().mapToInt(GuestCart.Line::quantity).sum();
    }

    /** The cart grouped by producer group, each line checked against stock, sale status and price. */
    @Transactional(readOnly = true)
    public CartContents contents(GuestCart guest) {
        return contentsOf(lines(guest));
    }

    /** These lines (variant, quantity and the price when added) grouped and checked as a cart's. */
    CartContents contentsOf(Map<Long, GuestCart.Line> lines) {
        Map<Long, Purchasable> items = stock.findAll(lines.keySet());
        Map<Long, List<CartContents.Line>> byGroup = new LinkedHashMap<>();
        lines.forEach((variantId, line) -> {
            Purchasable item = items.get(variantId);
            if (item == null) {
                return; // deleted from the catalog: nothing left to show or pay
            }
            CartContents.Problem problem = !item.onSale() ? CartContents.Problem.WITHDRAWN
                    : item.stock() == 0 ? CartContents.Problem.SOLD_OUT
                    : item.stock() < line.quantity() ? CartContents.Problem.NOT_ENOUGH : null;
            byGroup.computeIfAbsent(item.groupId(), group -> new ArrayList<>())
                    .add(new CartContents.Line(variantId, item, line.quantity(), Money.rupiah(line.priceAdded()), problem));
        });
        Map<GroupId, GroupSummary> owners = groups.findAll(byGroup.keySet().stream().map(GroupId::new).toList());
        List<CartContents.Parcel> parcels = new ArrayList<>();
        byGroup.forEach((groupId, groupLines) -> {
            GroupSummary group = owners.get(new GroupId(groupId));
            parcels.add(new CartContents.Parcel(groupId, group == null ? "" : group.name(), group == null ? "" : group.provinceCode(),
                    groupLines));
        });
        return new CartContents(parcels);
    }

    /** At sign-in the guest's cart joins the account's: quantities add up, to what stock and the limit allow. */
    @Transactional
    public void mergeIntoAccount(GuestCart guest, long accountId) {
        Map<Long, GuestCart.Line> guestLines = guest == null ? Map.of() : guestCarts.lines(guest);
        if (guestLines.isEmpty()) {
            return;
        }
        Map<Long, GuestCart.Line> saved = accountLines(accountId);
        guestLines.forEach((variantId, line) -> {
            GuestCart.Line existing = saved.get(variantId);
            int quantity = Math.min(MAX_QUANTITY, line.quantity() + (existing == null ? 0 : existing.quantity()));
            upsert(accountId, variantId, quantity, existing == null ? line.priceAdded() : existing.priceAdded());
        });
        guestCarts.clear(guest);
    }

    private Map<Long, GuestCart.Line> lines(GuestCart guest) {
        Caller caller = Caller.current();
        if (caller.isSignedIn()) {
            return accountLines(caller.accountId());
        }
        return guest == null ? Map.of() : guestCarts.lines(guest);
    }

    private Map<Long, GuestCart.Line> accountLines(long accountId) {
        return carts.lines(accountId);
    }

    private void put(GuestCart guest, long variantId, int quantity, long priceAdded) {
        Caller caller = Caller.current();
        if (caller.isSignedIn()) {
            upsert(caller.accountId(), variantId, quantity, priceAdded);
        } else if (guest != null) {
            guestCarts.put(guest, variantId, quantity, priceAdded, clock.instant());
        }
    }

    private void upsert(long accountId, long variantId, int quantity, long priceAdded) {
        carts.put(accountId, variantId, quantity, priceAdded, clock.instant());
    }
}
