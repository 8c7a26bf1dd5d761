package casework;

import casework.Staff.Member;
import casework.Staff.Org;
import common.Bulk;
import common.Gen;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fills the casework tables with N cases (default 500,000: ten years of six busy organisations) straight through JDBC,
 * in the application's stored format, under the keys the application is started with (ANHDUONG_CRYPTO_ENCRYPTION_KEYS,
 * ANHDUONG_CRYPTO_BLIND_INDEX_KEY). PostgreSQL is loaded with COPY, H2 with multi-row INSERTs. The schema must exist
 * (start the application once) and casework_cases must be empty.
 *
 * <p>First the organisations and their staff ({@link Staff}), then the cases in time order ({@link CaseRows},
 * {@link CaseMix}, {@link People}; a closed case has its closure row, as reporting counts closures); finally the
 * counters, so that cases opened through the application continue the numbering, and the identity sequences. Fixed
 * seed: the same arguments give the same data, except the ciphertexts and the dates, which end yesterday. The
 * organisations' code prefixes are configuration of the application: they are written to app.json for
 * SPRING_APPLICATION_JSON.
 *
 * <p>Writes to --out: setup.properties (ids, counts, figures, a case for checking), users.tsv (the users the load runs
 * act as, in order: username, id, organisation, role), cases.tsv (every case: id, number, organisation, worker,
 * supervisor, open or closed, first phone and its band) and app.json. All data is invented.
 *
 * <p>Run: java -cp EXTRACTED/anhduong-*.jar bench/casework/CaseGenerator.java --url JDBC_URL [--user U]
 * [--password P] [--count N] [--out DIR] [--seed S] [--load-users 40] [--commune-weights even|zipf]
 *
 * <p>A case's commune is one of its organisation's province's current communes: evenly by default; with
 * --commune-weights zipf, with Zipf weights (1/rank) in the order of the official codes, as ContactGenerator's
 * --localities-province draws them, so that the busiest commune of the calls is the busiest of the cases too.
 */
public class CaseGenerator {

    static final List<String> TABLES = List.of("casework_clients", "casework_client_phones", "casework_companions",
            "casework_cases");

    public static void main(String[] args) throws Exception {
        var args0 = Gen.Args.of(args, "--url JDBC_URL [--user U] [--password P] [--count N] [--out DIR] [--seed S]"
                + " [--load-users K] [--commune-weights even|zipf]", "500000");
        Map<String, String> opt = args0.opt();
        long count = args0.count();
        Path out = args0.out();
        var crypto = Gen.Crypto.fromEnvironment();
        try (Connection db = args0.open();
             Writer index = Files.newBufferedWriter(out.resolve("cases.tsv"), StandardCharsets.UTF_8)) {
            long existing = Gen.single(db, "SELECT COUNT(*) FROM casework_cases");
            if (existing != 0) {
                throw new IllegalStateException("casework_cases already holds " + existing + " rows: use a fresh database");
            }
            var world = Staff.create(db, Gen.env("BENCH_CASEWORKER_PASSWORD"), count, CaseRows.DAYS,
                    opt.getOrDefault("commune-weights", "even").equals("zipf"));
            var rows = new CaseRows(count, Long.parseLong(opt.getOrDefault("seed", "20260601")), world, crypto, index);
            var bulk = new Bulk(db, args0.postgres());
            long t0 = System.nanoTime();
            long written = bulk.<CaseRows.Batch>pipeline("cases", rows::produce, batch -> batch.write(bulk),
                    batch -> batch.cases().size());
            if (written != count) {
                throw new IllegalStateException("wrote " + written + " of " + count + " cases");
            }
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            var properties = counters(db, rows);
            finish(db, args0.postgres(), rows);
            double finishSeconds = (System.nanoTime() - t1) / 1e9;
            properties.put("load.seconds", String.format("%.1f", loadSeconds));
            properties.put("load.rate", String.format("%.0f", written / loadSeconds));
            properties.put("finish.seconds", String.format("%.1f", finishSeconds));
            write(out, world, rows, properties, Integer.parseInt(opt.getOrDefault("load-users", "40")));
            System.out.printf("generated %d cases (%d companions, %d phones) in %.1f s: %.0f cases/s; indexes and"
                    + " statistics %.1f s%n", written, rows.stats.companionRows, rows.stats.phoneRows, loadSeconds,
                    written / loadSeconds, finishSeconds);
        }
    }

    /** Counter rows as Counters leaves them after these cases; returns the next numbers of the largest organisation. */
    static Map<String, Object> counters(Connection db, CaseRows rows) throws SQLException {
        for (var e : rows.stats.caseCounters.entrySet()) {
            String[] key = e.getKey().split("\t");
            Gen.exec(db, "INSERT INTO casework_counters (prefix, kind, counter_year, last_value) VALUES (?, 'CASE', ?, ?)",
                    key[0], Integer.parseInt(key[1]), e.getValue());
        }
        for (var e : rows.stats.survivorCounters.entrySet()) {
            Gen.exec(db, "INSERT INTO casework_counters (prefix, kind, counter_year, last_value)"
                    + " VALUES (?, 'SURVIVOR', 0, ?)", e.getKey(), e.getValue());
        }
        db.commit();
        Org first = rows.world.orgs().getFirst();
        int year = LocalDate.now(CaseRows.VIETNAM).getYear();
        var next = new LinkedHashMap<String, Object>();
        next.put("check.nextNumber", String.format("%s-%d-%06d", first.prefix(), year,
                rows.stats.caseCounters.getOrDefault(first.prefix() + "\t" + year, 0L) + 1));
        next.put("check.nextSurvivor", String.format("%s-S-%05d", first.prefix(),
                rows.stats.survivorCounters.getOrDefault(first.prefix(), 0L) + 1));
        return next;
    }

    /** The identity counters move past the loaded ids; fresh statistics (and, on PostgreSQL, the visibility map). */
    static void finish(Connection db, boolean postgres, CaseRows rows) throws SQLException {
        db.setAutoCommit(true);
        Map<String, Long> last = Map.of("casework_clients", rows.count, "casework_cases", rows.count,
                "casework_client_phones", rows.lastPhoneId(), "casework_companions", rows.lastCompanionId());
        try (Statement s = db.createStatement()) {
            for (String table : TABLES) {
                if (postgres) {
                    s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), "
                            + Math.max(1, last.get(table)) + ")");
                } else {
                    s.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (last.get(table) + 1));
                }
            }
            if (postgres) {
                for (String table : List.of("casework_clients", "casework_client_phones", "casework_client_name_tokens",
                        "casework_cases", "casework_companions", "casework_case_contacts", "casework_closures",
                        "casework_counters")) {
                    s.execute("VACUUM ANALYZE " + table);
                }
            } else {
                s.execute("ANALYZE");
                // Rewrites the file without the space freed while loading; closes the database, so it comes last.
                s.execute("SHUTDOWN COMPACT");
            }
        }
    }

    static void write(Path out, Staff.World world, CaseRows rows, Map<String, Object> next, int loadUsers)
            throws java.io.IOException {
        var p = new LinkedHashMap<String, Object>();
        p.put("organisations", world.orgs().stream().map(o -> o.prefix() + ":" + o.id()).collect(Collectors.joining(",")));
        for (Org org : world.orgs()) {
            String[] c = org.communes();
            p.put("org." + org.id() + ".communes", String.join(",",
                    Arrays.asList(c).subList(0, Math.min(c.length, 60))));
        }
        p.put("staff", world.members().size());
        p.putAll(rows.stats.figures());
        int[] uses = rows.phones.uses;
        int[] sorted = uses.clone();
        Arrays.sort(sorted);
        long distinct = Arrays.stream(uses).filter(n -> n > 0).count();
        p.put("numbers.distinct", distinct);
        p.put("numbers.shared", Arrays.stream(uses).filter(n -> n > 1).count());
        p.put("numbers.top5", String.format("%d, %d, %d, %d, %d", sorted[sorted.length - 1], sorted[sorted.length - 2],
                sorted[sorted.length - 3], sorted[sorted.length - 4], sorted[sorted.length - 5]));
        p.put("numbers.unusedFrom", rows.phones.unusedFrom());
        p.putAll(next);
        p.putAll(rows.stats.check);
        List<Member> users = world.loadUsers(CaseRows.DAYS - 1, loadUsers);
        p.put("load.users", users.stream().map(Member::username).collect(Collectors.joining(",")));
        StringBuilder s = new StringBuilder("# Written by bench/casework/CaseGenerator.java\n");
        p.forEach((k, v) -> s.append(k).append('=').append(v).append('\n'));
        Files.writeString(out.resolve("setup.properties"), s.toString(), StandardCharsets.UTF_8);
        System.out.print(s.toString().replaceAll("(?m)^check\\.name=.*\n", ""));
        Files.writeString(out.resolve("users.tsv"), users.stream()
                .map(m -> m.username() + "\t" + m.id() + "\t" + m.org().id() + "\t" + m.role() + "\n")
                .collect(Collectors.joining()), StandardCharsets.UTF_8);
        // The organisations' prefixes as the application reads them (anhduong.casework.prefixes).
        Files.writeString(out.resolve("app.json"), world.orgs().stream()
                .map(o -> "\"" + o.id() + "\":\"" + o.prefix() + "\"")
                .collect(Collectors.joining(",", "{\"anhduong\":{\"casework\":{\"prefixes\":{", "}}}}")),
                StandardCharsets.UTF_8);
    }
}
