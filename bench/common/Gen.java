package common;

import org.anhduong.platform.crypto.BlindIndex;
import org.anhduong.platform.crypto.FieldCipher;
import org.anhduong.platform.crypto.KeyRing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Helpers of the data generators: weighted draws, invented phone numbers, keys, options, small JDBC calls. */
public final class Gen {

    /** Today's Vietnamese mobile prefixes (after +84). */
    static final String[] MOBILE = {"32", "33", "34", "35", "36", "37", "38", "39", "56", "58", "59", "70", "76",
            "77", "78", "79", "81", "82", "83", "84", "85", "86", "88", "89", "90", "91", "93", "94", "96", "97",
            "98", "99"};

    private static final Map<double[], double[]> CUMULATIVE = new IdentityHashMap<>();

    private Gen() {
    }

    /** The application's encryption and blind index, under the keys it is started with. */
    public record Crypto(FieldCipher cipher, BlindIndex index) {

        public static Crypto fromEnvironment() {
            KeyRing keys = KeyRing.parse(Arrays.asList(env("ANHDUONG_CRYPTO_ENCRYPTION_KEYS").split(",")),
                    env("ANHDUONG_CRYPTO_BLIND_INDEX_KEY"));
            return new Crypto(new FieldCipher(keys), new BlindIndex(keys));
        }
    }

    /**
     * A generator's common arguments: --url (a PostgreSQL on this machine or an H2 file), --count, --out (created).
     */
    public record Args(Map<String, String> opt, String url, boolean postgres, long count, java.nio.file.Path out) {

        public static Args of(String[] args, String usage, String defaultCount) throws java.io.IOException {
            Map<String, String> opt = options(args, usage);
            String url = require(opt, "url");
            var out = java.nio.file.Path.of(opt.getOrDefault("out", "."));
            java.nio.file.Files.createDirectories(out);
            return new Args(opt, url, Gen.postgres(url),
                    Long.parseLong(opt.getOrDefault("count", defaultCount).replace("_", "").replace(",", "")), out);
        }

        /** A connection for the generator (see {@link Gen#openForLoading}). */
        public Connection open() throws SQLException {
            return openForLoading(url, opt);
        }
    }

    /** E.164: mobiles on today's prefixes, one in twenty a Hà Nội or TP HCM landline; a bijection on the index. */
    public static String e164(long index) {
        if (index % 20 == 0) {
            long j = index / 20;
            long subscriber = (j / 2 * 48_271L + 13_579L) % 100_000_000L;
            return "+842" + (j % 2 == 0 ? "4" : "8") + String.format("%08d", subscriber);
        }
        String prefix = MOBILE[(int) (index % MOBILE.length)];
        long subscriber = (index / MOBILE.length * 7_654_321L + 1_234_567L) % 10_000_000L;
        return "+84" + prefix + String.format("%07d", subscriber);
    }

    /** Whether a JDBC URL names a PostgreSQL on this machine (true) or an H2 file (false); anything else is refused. */
    public static boolean postgres(String url) {
        if (url.matches("jdbc:postgresql://(127\\.0\\.0\\.1|localhost)[:/].*")) {
            return true;
        }
        if (url.startsWith("jdbc:h2:file:")) {
            return false;
        }
        throw new IllegalArgumentException("only a PostgreSQL on 127.0.0.1 or an H2 file database");
    }

    /** One connection a client to --url (as --user, --password; by default the benchmark's local superuser). */
    public static Connection[] connections(Map<String, String> opt, int clients) throws SQLException {
        String url = require(opt, "url");
        boolean postgres = postgres(url);
        Connection[] connections = new Connection[clients];
        for (int i = 0; i < clients; i++) {
            connections[i] = DriverManager.getConnection(url, opt.getOrDefault("user", postgres ? "postgres" : "sa"),
                    opt.getOrDefault("password", ""));
        }
        return connections;
    }

    /**
     * A connection for a generator. H2: reuse the space of old chunks at once and cache more, or the file grows to
     * several times its data while loading; connection settings only, the application opens the file with its own.
     */
    public static Connection openForLoading(String url, Map<String, String> opt) throws SQLException {
        boolean postgres = postgres(url);
        String connectUrl = postgres ? url : url + ";RETENTION_TIME=0;CACHE_SIZE=262144";
        return DriverManager.getConnection(connectUrl, opt.getOrDefault("user", postgres ? "postgres" : "sa"),
                opt.getOrDefault("password", ""));
    }

    public static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= sum;
        }
        return c;
    }

    public static int pick(double[] cumulative, double u) {
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    public static synchronized double[] cumulativeOf(double[] weights) {
        return CUMULATIVE.computeIfAbsent(weights, Gen::cumulative);
    }

    public static String pick(SplittableRandom r, String[] values, double[] weights) {
        return values[pick(cumulativeOf(weights), r.nextDouble())];
    }

    /** Cumulative Zipf weights (1, 1/2, 1/3 …) of n ranks, normalised to end at 1. */
    public static double[] zipf(int n) {
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = 1.0 / (i + 1);
        }
        return cumulative(weights);
    }

    /** A share as "12.3%". */
    public static String percent(long part, long whole) {
        return String.format("%.1f%%", whole == 0 ? 0 : 100.0 * part / whole);
    }

    public static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    public static long single(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Inserts one row and returns its generated id. */
    public static long insert(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql, new String[] {"id"})) {
            bind(ps, params);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public static void exec(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            bind(ps, params);
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }

    /** --name value pairs; {@code usage} is the message for anything else. */
    public static Map<String, String> options(String[] args, String usage) {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: " + usage);
            }
            opt.put(args[i].substring(2), args[++i]);
        }
        return opt;
    }

    public static String require(Map<String, String> opt, String name) {
        String value = opt.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    public static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("environment variable " + name + " is required");
        }
        return value;
    }
}
