package id.go.bnn.pasarbersinar.order;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Many buyers pressing "pay" for the same variant at the same moment: how many got an order, how many "sold out". */
final class ConcurrentCheckouts {

    record Result(int succeeded, int soldOut, int otherFailures, long[] latenciesNanos, long elapsedNanos) {

        long percentile(int p) {
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
        }
    }

    private ConcurrentCheckouts() {
    }

    static Result run(Checkout checkout, OrderFixture fixture, long variant, int buyers, int threads) throws Exception {
        List<GuestCart> carts = new ArrayList<>();
        for (int i = 0; i < buyers; i++) {
            carts.add(fixture.cart(variant, 1));
        }
        CheckoutForm form = fixture.form();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Object[]>> outcomes = new ArrayList<>();
            for (GuestCart cart : carts) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    long began = System.nanoTime();
                    String outcome;
                    try {
                        checkout.place(cart, form);
                        outcome = "ok";
                    } catch (OrderException e) {
                        outcome = e.key();
                    }
                    return new Object[] {outcome, System.nanoTime() - began};
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            int succeeded = 0;
            int soldOut = 0;
            int other = 0;
            long[] latencies = new long[buyers];
            for (int i = 0; i < outcomes.size(); i++) {
                Object[] outcome = outcomes.get(i).get();
                latencies[i] = (Long) outcome[1];
                switch ((String) outcome[0]) {
                    case "ok" -> succeeded++;
                    // Sold out either at the reservation or already when the cart was checked: the same message.
                    case "order.checkout.error.sold-out" -> soldOut++;
                    default -> other++;
                }
            }
            return new Result(succeeded, soldOut, other, latencies, System.nanoTime() - began);
        } finally {
            pool.shutdownNow();
        }
    }
}
