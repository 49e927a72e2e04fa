package id.go.bnn.pasarbersinar.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A closed-loop load generator: {@code connections} virtual threads each send the next GET as soon as the last one is
 * answered (like {@code wrk -c}), without cookies, so every request is a first-time visitor's. Latency is measured per
 * request from send to the last byte of the body; a status other than 200 or an I/O error counts as an error.
 */
final class Load {

    private Load() {
    }

    record Result(double rate, double p50, double p95, long errors) {
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    }

    static String body(HttpClient client, String url) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    static Result run(HttpClient client, String url, int connections, int warmupSeconds, int seconds) throws Exception {
        measure(client, url, connections, warmupSeconds);
        return measure(client, url, connections, seconds);
    }

    private static Result measure(HttpClient client, String url, int connections, int seconds) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html,application/xhtml+xml,image/avif,image/webp,*/*;q=0.8")
                .header("Accept-Encoding", "identity").GET().build();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Future<long[]>> workers = new ArrayList<>();
        long started = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < connections; i++) {
                workers.add(threads.submit(() -> worker(client, request, running)));
            }
            Thread.sleep(seconds * 1000L);
            running.set(false);
            long errors = 0;
            List<long[]> all = new ArrayList<>();
            int count = 0;
            for (Future<long[]> worker : workers) {
                long[] latencies = worker.get();
                errors += latencies[0];
                all.add(latencies);
                count += latencies.length - 1;
            }
            // Until the last request in flight is answered: it is counted, so its time is too.
            long elapsed = System.nanoTime() - started;
            long[] merged = new long[count];
            int at = 0;
            for (long[] latencies : all) {
                System.arraycopy(latencies, 1, merged, at, latencies.length - 1);
                at += latencies.length - 1;
            }
            Arrays.sort(merged);
            double rate = (count - errors) / (elapsed / 1e9);
            return new Result(rate, percentile(merged, 0.50), percentile(merged, 0.95), errors);
        }
    }

    /** Element 0: the number of errors; then every request's latency in nanoseconds. */
    private static long[] worker(HttpClient client, HttpRequest request, AtomicBoolean running) {
        long[] latencies = new long[1024];
        int n = 1;
        long errors = 0;
        while (running.get()) {
            long sent = System.nanoTime();
            try {
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    errors++;
                }
            } catch (IOException e) {
                errors++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (n == latencies.length) {
                latencies = Arrays.copyOf(latencies, n * 2);
            }
            latencies[n++] = System.nanoTime() - sent;
        }
        latencies[0] = errors;
        return Arrays.copyOf(latencies, n);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
