import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

/**
 * A small closed-loop load generator: C concurrent clients request one URL for S seconds (after a warm-up) and it
 * prints "requests errors p50_ms p99_ms throughput_rps". Run with: java bench/LoadGen.java URL CLIENTS SECONDS [TOKEN]
 * Only for addresses on this machine.
 */
public class LoadGen {

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        if (!List.of("127.0.0.1", "localhost", "[::1]").contains(uri.getHost())) {
            throw new IllegalArgumentException("LoadGen only targets this machine");
        }
        int clients = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        String token = args.length > 3 ? args[3] : null;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        run(http, uri, token, clients, Math.max(2, seconds / 3), new ConcurrentLinkedQueue<>()); // warm-up
        var latencies = new ConcurrentLinkedQueue<Long>();
        long start = System.nanoTime();
        int errors = run(http, uri, token, clients, seconds, latencies);
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%d %d %.2f %.2f %.0f%n", sorted.size(), errors, pct(sorted, 0.50), pct(sorted, 0.99),
                sorted.size() / elapsed);
    }

    static int run(HttpClient http, URI uri, String token, int clients, int seconds,
                   ConcurrentLinkedQueue<Long> latencies) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        var errors = new java.util.concurrent.atomic.AtomicInteger();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        var builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
                        if (token != null) {
                            builder.header("Authorization", "Bearer " + token);
                        }
                        long t0 = System.nanoTime();
                        try {
                            var response = http.send(builder.build(), HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() >= 400) {
                                errors.incrementAndGet();
                            }
                            latencies.add(System.nanoTime() - t0);
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        return errors.get();
    }

    static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }
}
