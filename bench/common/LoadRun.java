package common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The measuring loop of the benchmarks' load programs, in the manner of bench/LoadGen.java: C clients for S seconds
 * after a warm-up of max(2, S/3) seconds, then one line "requests errors p50_ms p99_ms throughput_per_s" and one line
 * "total=N" (requests including the warm-up's, for CPU time per request) followed by the latency by band and the error
 * statuses. Without a rate each client sends its next request as soon as the previous one is answered (closed loop);
 * with R requests per second in all, each client keeps to its schedule and a late answer counts from the time the
 * request was due (no coordinated omission).
 */
public final class LoadRun {

    private LoadRun() {
    }

    /** One request: returns the band for the statistics; throws or returns an error status on failure. */
    public interface Work {
        Outcome call(int client, SplittableRandom random) throws Exception;

        default void close() throws Exception {
        }
    }

    public record Outcome(String band, int status) {
    }

    /** Warms up, measures, prints the two lines and closes the work. */
    public static void measure(Work work, int clients, int seconds, double rate) throws Exception {
        try {
            var warmUp = new Results();
            run(work, clients, Math.max(2, seconds / 3), warmUp, rate);
            var results = new Results();
            long start = System.nanoTime();
            run(work, clients, seconds, results, rate);
            double elapsed = (System.nanoTime() - start) / 1e9;
            List<Long> all = results.sorted(null);
            System.out.printf("%d %d %.2f %.2f %.0f%n", all.size(), results.errors.get(), pct(all, 0.50),
                    pct(all, 0.99), all.size() / elapsed);
            System.out.println("total=" + (warmUp.sorted(null).size() + warmUp.errors.get() + all.size()
                    + results.errors.get()) + " " + results.detail());
        } finally {
            work.close();
        }
    }

    static void run(Work work, int clients, int seconds, Results results, double rate) throws Exception {
        long begin = System.nanoTime();
        long end = begin + seconds * 1_000_000_000L;
        long interval = rate > 0 ? (long) (clients * 1e9 / rate) : 0;
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                int client = c;
                pool.submit(() -> {
                    var random = new SplittableRandom(System.nanoTime() ^ (client * 0x9E3779B97F4A7C15L));
                    long due = begin + (interval > 0 ? random.nextLong(interval) : 0);
                    while (System.nanoTime() < end && due < end) {
                        long now = System.nanoTime();
                        if (due > now) {
                            Thread.sleep((due - now) / 1_000_000, (int) ((due - now) % 1_000_000));
                        }
                        long t0 = interval > 0 ? due : System.nanoTime();
                        due += interval;
                        try {
                            Outcome outcome = work.call(client, random);
                            long took = System.nanoTime() - t0;
                            if (outcome.status() >= 400) {
                                results.error(outcome.status());
                            } else {
                                results.add(outcome.band(), took);
                            }
                        } catch (Exception e) {
                            results.error(-1);
                            results.exception(e);
                        }
                    }
                    return null;
                });
            }
        }
    }

    static final class Results {
        final Map<String, ConcurrentLinkedQueue<Long>> byBand = new ConcurrentHashMap<>();
        final AtomicInteger errors = new AtomicInteger();
        final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        volatile String firstException;

        void add(String band, long nanos) {
            byBand.computeIfAbsent(band, b -> new ConcurrentLinkedQueue<>()).add(nanos);
        }

        void error(int status) {
            errors.incrementAndGet();
            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        }

        void exception(Exception e) {
            if (firstException == null) {
                firstException = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }

        List<Long> sorted(String band) {
            List<Long> all = new ArrayList<>();
            byBand.forEach((b, q) -> {
                if (band == null || band.equals(b)) {
                    all.addAll(q);
                }
            });
            Collections.sort(all);
            return all;
        }

        String detail() {
            StringBuilder s = new StringBuilder();
            for (String band : new TreeMap<>(byBand).keySet()) {
                List<Long> l = sorted(band);
                s.append(String.format("%s: n=%d p50=%.2f p99=%.2f max=%.2f; ", band, l.size(), pct(l, 0.5),
                        pct(l, 0.99), l.isEmpty() ? 0 : l.getLast() / 1e6));
            }
            if (!statuses.isEmpty()) {
                s.append("errors by status ").append(new TreeMap<>(statuses)).append("; ");
            }
            if (firstException != null) {
                s.append("first exception: ").append(firstException);
            }
            return s.toString().strip();
        }
    }

    public static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    /** --name value pairs. */
    public static Map<String, String> options(String[] args) {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("options are --name value pairs");
            }
            opt.put(args[i].substring(2), args[i + 1]);
        }
        return opt;
    }

    /** A load program's arguments: MODE --name value…, with the common --clients, --seconds and --rate. */
    public record Settings(String mode, Map<String, String> opt, int clients, int seconds, double rate) {

        public static Settings of(String[] args) {
            Map<String, String> opt = options(Arrays.copyOfRange(args, 1, args.length));
            return new Settings(args[0], opt, Integer.parseInt(opt.getOrDefault("clients", "20")),
                    Integer.parseInt(opt.getOrDefault("seconds", "30")),
                    Double.parseDouble(opt.getOrDefault("rate", "0")));
        }
    }

    /** Warms up, measures, prints the two lines and closes the work. */
    public static void measure(Work work, Settings settings) throws Exception {
        measure(work, settings.clients(), settings.seconds(), settings.rate());
    }

    /** The index of {@code u} in [0, 1) among {@code weights} (not cumulative). */
    public static int pick(double[] weights, double u) {
        double total = Arrays.stream(weights).sum();
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] / total;
            if (u < sum) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
