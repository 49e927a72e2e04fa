package id.go.bnn.pasarbersinar.payment;

import id.go.bnn.pasarbersinar.shared.Money;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Checkout requests as the order module makes them: two parcels of two groups, a fresh order number each time. */
public final class Orders {

    private Orders() {
    }

    public static String newOrderNumber() {
        String letters = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
        StringBuilder number = new StringBuilder("PB-T");
        for (int i = 0; i < 8; i++) {
            number.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return number.toString();
    }

    /** Rp 55.000 × 2 + Rp 20.000 shipping from one group, Rp 35.000 + Rp 15.000 shipping from another: Rp 180.000. */
    public static CheckoutRequest twoParcels(String orderNumber) {
        return twoParcels(orderNumber, "Tenun Ikat Sumba", "Kelompok Harapan Baru");
    }

    public static CheckoutRequest twoParcels(String orderNumber, String itemName, String groupName) {
        return new CheckoutRequest(orderNumber, "pembeli@example.id", Money.rupiah(180_000), List.of(
                new CheckoutRequest.Parcel(1, groupName, Money.rupiah(20_000), List.of(new CheckoutRequest.Item(itemName, 2, Money.rupiah(55_000)))),
                new CheckoutRequest.Parcel(2, "Anyaman Lombok", Money.rupiah(15_000),
                        List.of(new CheckoutRequest.Item("Tas anyaman ketak", 1, Money.rupiah(35_000))))),
                "https://toko.example.id/pesanan/" + orderNumber + "/selesai", "https://toko.example.id/checkout?batal=" + orderNumber);
    }
}
