package hotline;

import common.Gen;
import common.LoadRun;
import common.LoadRun.Outcome;
import common.LoadRun.Work;
import common.Web;
import org.anhduong.platform.text.PhoneNumbers;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Closed-loop load for the hotline benchmark, in the manner of bench/LoadGen.java: C clients for S seconds after a
 * warm-up of max(2, S/3) seconds, then one line "requests errors p50_ms p99_ms throughput_per_s" and one line of
 * detail (latency by caller band, error statuses). Numbers come from the generator's callers.tsv, so heavy callers are
 * asked for as often as they call. Only addresses on this machine.
 *
 * <pre>
 * sql    --url JDBC --callers F --org ID [--query Q]          the application's lookup SQL straight over JDBC,
 *                                                                one connection per client (the baseline). Q: full
 *                                                                (default) the statements of a lookup; index: only the
 *                                                                newest-20 range scan; audited: full plus the audit
 *                                                                event inserted into a scratch copy of audit_pending
 *                                                                in the same transaction, sealed into a scratch chain
 *                                                                by one sealer thread in group transactions, as the
 *                                                                application does
 * lookup --base URL --tokens F --callers F                      GET /api/v1/callers/lookup?phone=…, numbers spelled
 *                                                                the ways counsellors type them
 * save   --base URL --tokens F --callers F --setup F             POST /api/v1/contacts with an Idempotency-Key: 70 %
 *                                                                non-data, 30 % data contacts, ~10 % withheld, some
 *                                                                numbers never seen before
 * common: --clients 20 --seconds 30 [--rate R]: without a rate each client sends its next request as soon as the
 * previous one is answered (closed loop); with R requests per second in all, each client keeps to its schedule and a
 * late answer counts from the time the request was due (no coordinated omission)
 * </pre>
 * Run with the application's classes: java -cp EXTRACTED/anhduong-*.jar bench/hotline/HotlineLoad.java MODE …
 * The sql mode needs the keys (ANHDUONG_CRYPTO_*), to compute the numbers' blind indexes before it starts timing.
 */
public class HotlineLoad {

    public static void main(String[] args) throws Exception {
        var settings = LoadRun.Settings.of(args);
        Map<String, String> opt = settings.opt();
        List<Caller> callers = callers(Path.of(opt.get("callers")));
        Work work = switch (settings.mode()) {
            case "sql" -> new SqlLookup(opt, callers, settings.clients());
            case "lookup" -> new HttpLookup(opt, callers);
            case "save" -> new HttpSave(opt, callers);
            default -> throw new IllegalArgumentException("mode must be sql, lookup or save");
        };
        LoadRun.measure(work, settings);
    }

    record Caller(String band, String e164, int contacts) {
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The baseline: the application's lookup statements (org.anhduong.hotline.internal.CallerHistories with
    // CallerTotals.of and ContactLists.newestOfNumber), without HTTP, security, transaction, audit or JSON: the number's
    // totals row, then, when it has one, its newest 20 contacts and their categories.

    static final class SqlLookup implements Work {

        static final String TOTALS = """
                SELECT contacts, gbv_contacts, do_not_call_back_contacts, danger_contacts, first_at, last_at
                FROM hotline_caller_totals WHERE phone_bidx = ? AND organisation_id = ?""";
        static final String NEWEST = "SELECT c.id, c.received_at, c.line_id, c.channel, c.direction, c.contact_type, "
                + "c.gbv_related, c.self_harm, c.urgency, c.outcome, c.do_not_call_back, c.case_requested, "
                + "c.counsellor_id FROM hotline_contacts c WHERE c.phone_bidx = ? AND c.organisation_id = ? "
                + "ORDER BY c.received_at DESC, c.id DESC LIMIT ?";
        static final int HISTORY_LIMIT = 20;

        /** audit_pending, audit_events and audit_chain_head (V3, V5_3) under other names: the real chain stays untouched. */
        static final String[] SCRATCH = {"""
                CREATE TABLE bench_audit_pending (
                    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL, actor_user_id BIGINT, actor_username VARCHAR(100),
                    action VARCHAR(64) NOT NULL, record_type VARCHAR(64) NOT NULL, record_id VARCHAR(64),
                    outcome VARCHAR(16) NOT NULL, client_address VARCHAR(100))""", """
                CREATE TABLE bench_audit_events (
                    id BIGINT PRIMARY KEY, occurred_at TIMESTAMP WITH TIME ZONE NOT NULL, actor_user_id BIGINT,
                    actor_username VARCHAR(100), actor_username_key VARCHAR(100), action VARCHAR(64) NOT NULL,
                    record_type VARCHAR(64) NOT NULL, record_id VARCHAR(64), outcome VARCHAR(16) NOT NULL,
                    client_address VARCHAR(100), prev_hash VARCHAR(64) NOT NULL, hash VARCHAR(64) NOT NULL)""",
                "CREATE INDEX bench_audit_events_occurred_at ON bench_audit_events (occurred_at)",
                "CREATE INDEX bench_audit_events_actor_user ON bench_audit_events (actor_user_id, id)",
                "CREATE INDEX bench_audit_events_actor_username ON bench_audit_events (actor_username_key, id)",
                "CREATE INDEX bench_audit_events_record ON bench_audit_events (record_id, record_type)",
                "CREATE TABLE bench_audit_head (id INT PRIMARY KEY, last_id BIGINT NOT NULL,"
                        + " last_hash VARCHAR(64) NOT NULL)",
                "INSERT INTO bench_audit_head VALUES (1, 0, '" + "0".repeat(64) + "')"};
        static final String[] SCRATCH_TABLES = {"bench_audit_pending", "bench_audit_events", "bench_audit_head"};

        final List<Caller> callers;
        final String[] indexes;
        final long organisation;
        final boolean full;
        final boolean audited;
        final Connection[] connections;
        Sealer sealer;

        SqlLookup(Map<String, String> opt, List<Caller> callers, int clients) throws SQLException {
            this.callers = callers;
            this.organisation = Long.parseLong(opt.get("org"));
            String query = opt.getOrDefault("query", "full");
            this.full = !query.equals("index");
            this.audited = query.equals("audited");
            var index = Gen.Crypto.fromEnvironment().index();
            this.indexes = callers.stream().map(c -> index.of("hotline.contact.callerPhone", c.e164()))
                    .toArray(String[]::new);
            this.connections = Gen.connections(opt, clients);
            if (audited) {
                try (var s = connections[0].createStatement()) {
                    for (String table : SCRATCH_TABLES) {
                        s.execute("DROP TABLE IF EXISTS " + table);
                    }
                    for (String sql : SCRATCH) {
                        s.execute(sql);
                    }
                }
                for (Connection c : connections) {
                    c.setAutoCommit(false);
                }
                sealer = new Sealer(Gen.connections(opt, 1)[0]);
                sealer.start();
            }
        }

        @Override
        public Outcome call(int client, SplittableRandom random) throws SQLException {
            int i = random.nextInt(callers.size());
            Connection db = connections[client];
            long contacts = 1;
            if (full) {
                try (PreparedStatement ps = db.prepareStatement(TOTALS)) {
                    ps.setString(1, indexes[i]);
                    ps.setLong(2, organisation);
                    try (ResultSet rs = ps.executeQuery()) {
                        contacts = rs.next() ? rs.getLong(1) : 0;
                        if (contacts > 0) {
                            rs.getLong(2);
                            rs.getLong(3);
                            rs.getLong(4);
                            rs.getTimestamp(5);
                            rs.getTimestamp(6);
                        }
                    }
                }
            }
            List<Long> ids = contacts == 0 ? List.of() : newest(db, i);
            if (full && !ids.isEmpty()) {
                categories(db, ids);
            }
            if (audited) {
                audit(db, client);
                db.commit();
            }
            return new Outcome(callers.get(i).band(), 200);
        }

        private List<Long> newest(Connection db, int i) throws SQLException {
            List<Long> ids = new ArrayList<>(HISTORY_LIMIT);
            try (PreparedStatement ps = db.prepareStatement(NEWEST)) {
                ps.setString(1, indexes[i]);
                ps.setLong(2, organisation);
                ps.setInt(3, HISTORY_LIMIT);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                        for (int col = 2; col <= 13; col++) {
                            rs.getObject(col);
                        }
                    }
                }
            }
            return ids;
        }

        private static void categories(Connection db, List<Long> ids) throws SQLException {
            String in = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
            try (PreparedStatement ps = db.prepareStatement("SELECT contact_id, category_code FROM hotline_contact_categories"
                    + " WHERE contact_id IN (" + in + ") ORDER BY contact_id, category_code")) {
                for (int p = 0; p < ids.size(); p++) {
                    ps.setLong(p + 1, ids.get(p));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(1);
                        rs.getString(2);
                    }
                }
            }
        }

        /** PendingStore.insert: one plain INSERT in the caller's transaction, no lock. */
        private static void audit(Connection db, int client) throws SQLException {
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO bench_audit_pending (occurred_at, "
                    + "actor_user_id, actor_username, action, record_type, record_id, outcome, client_address) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
                ps.setLong(2, 1000 + client);
                ps.setString(3, "bench.tvv" + client);
                ps.setString(4, "caller.lookup");
                ps.setString(5, "caller");
                ps.setString(6, null);
                ps.setString(7, "SUCCESS");
                ps.setString(8, "127.0.0.1");
                ps.executeUpdate();
            }
        }

        /**
         * AuditSealer and ChainAppender.sealNext on a connection of its own: lock the head, chain up to 500 pending
         * rows oldest first, insert them, delete them from pending, move the head, commit; rest 1 ms when none wait
         * (the application seals right after each commit, so the chain never lags far behind).
         */
        static final class Sealer extends Thread {
            final Connection db;
            volatile boolean running = true;
            long sealed;

            Sealer(Connection db) throws SQLException {
                super("bench-audit-sealer");
                this.db = db;
                db.setAutoCommit(false);
                setDaemon(true);
            }

            @Override
            public void run() {
                try {
                    while (running) {
                        int n = sealNext();
                        db.commit();
                        sealed += n;
                        if (n == 0) {
                            Thread.sleep(1);
                        }
                    }
                } catch (SQLException | InterruptedException e) {
                    if (running) {
                        throw new IllegalStateException(e);
                    }
                }
            }

            private int sealNext() throws SQLException {
                long lastId;
                String lastHash;
                try (PreparedStatement ps = db.prepareStatement(
                        "SELECT last_id, last_hash FROM bench_audit_head WHERE id = 1 FOR UPDATE");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    lastId = rs.getLong(1);
                    lastHash = rs.getString(2);
                }
                List<Object[]> batch = new ArrayList<>();
                try (PreparedStatement ps = db.prepareStatement("SELECT id, occurred_at, actor_user_id, actor_username, "
                        + "action, record_type, record_id, outcome, client_address FROM bench_audit_pending ORDER BY id "
                        + "LIMIT 500"); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Object[] row = new Object[9];
                        for (int col = 0; col < 9; col++) {
                            row[col] = rs.getObject(col + 1);
                        }
                        batch.add(row);
                    }
                }
                if (batch.isEmpty()) {
                    return 0;
                }
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO bench_audit_events (id, occurred_at, "
                        + "actor_user_id, actor_username, actor_username_key, action, record_type, record_id, outcome, "
                        + "client_address, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                     PreparedStatement delete = db.prepareStatement("DELETE FROM bench_audit_pending WHERE id = ?")) {
                    for (Object[] row : batch) {
                        String hash = sha256(lastHash + "|" + (lastId + 1) + "|" + row[4] + "|" + row[2]);
                        insert.setLong(1, ++lastId);
                        insert.setObject(2, row[1]);
                        insert.setObject(3, row[2]);
                        insert.setObject(4, row[3]);
                        insert.setObject(5, row[3]);
                        for (int col = 4; col < 9; col++) {
                            insert.setObject(col + 2, row[col]);
                        }
                        insert.setString(11, lastHash);
                        insert.setString(12, hash);
                        insert.addBatch();
                        delete.setObject(1, row[0]);
                        delete.addBatch();
                        lastHash = hash;
                    }
                    insert.executeBatch();
                    delete.executeBatch();
                }
                try (PreparedStatement ps = db.prepareStatement(
                        "UPDATE bench_audit_head SET last_id = ?, last_hash = ? WHERE id = 1")) {
                    ps.setLong(1, lastId);
                    ps.setString(2, lastHash);
                    ps.executeUpdate();
                }
                return batch.size();
            }

            void finish() throws SQLException, InterruptedException {
                running = false;
                join(10_000);
                db.rollback();
                db.close();
            }
        }

        private static String sha256(String s) {
            try {
                return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(s.getBytes(StandardCharsets.UTF_8)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() throws SQLException {
            if (audited) {
                try {
                    sealer.finish();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                connections[0].rollback();
                try (var s = connections[0].createStatement()) {
                    for (String table : SCRATCH_TABLES) {
                        s.execute("DROP TABLE " + table);
                    }
                }
                connections[0].commit();
            }
            for (Connection c : connections) {
                c.close();
            }
        }
    }


    static final class HttpLookup implements Work {
        final HttpClient http = Web.http();
        final URI base;
        final List<String> tokens;
        final List<Caller> callers;

        HttpLookup(Map<String, String> opt, List<Caller> callers) throws IOException {
            this.base = Web.local(opt.get("base"));
            this.tokens = Web.tokens(Path.of(opt.get("tokens")));
            this.callers = callers;
        }

        @Override
        public Outcome call(int client, SplittableRandom random) throws Exception {
            Caller caller = callers.get(random.nextInt(callers.size()));
            String phone = URLEncoder.encode(Web.spelling(caller.e164(), random), StandardCharsets.UTF_8);
            var request = HttpRequest.newBuilder(base.resolve("/api/v1/callers/lookup?phone=" + phone))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + tokens.get(client % tokens.size()))
                    .GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && !response.body().contains("\"contactCount\":" + caller.contacts() + ",")
                    && caller.contacts() > 0) {
                // The history must be the generated one (a save run may have added contacts since: then it is larger).
                long found = Long.parseLong(response.body().replaceAll("(?s).*\"contactCount\":(\\d+).*", "$1"));
                if (found < caller.contacts()) {
                    return new Outcome(caller.band(), 599);
                }
            }
            return new Outcome(caller.band(), response.statusCode());
        }
    }

    static final class HttpSave implements Work {
        static final String[] NON_DATA = {"SILENT", "HANG_UP", "MISSED", "PRANK_OR_ABUSIVE", "WRONG_NUMBER",
                "INFORMATION_ONLY", "THANK_YOU", "TEST"};
        static final double[] NON_DATA_WEIGHTS = {17, 15, 10, 7, 6, 9.5, 2.5, 2};
        static final String[] CATEGORIES = {"FAMILY_RELATIONS", "MENTAL_HEALTH_DISTRESS", "LEGAL_QUESTIONS",
                "ACCESS_TO_SERVICES", "OTHER", "CHILD_PHYSICAL_ABUSE", "DV_PHYSICAL", "DV_PSYCHOLOGICAL",
                "GBV_SEXUAL_ASSAULT", "SEXUAL_HARASSMENT_ONLINE", "TRAFFICKING_LABOUR", "MENTAL_HEALTH_SUICIDAL"};
        static final double[] CATEGORY_WEIGHTS = {26, 15, 15, 10, 11, 3, 3, 2.5, 0.6, 0.6, 0.3, 1.2};
        static final String SUMMARY = "Người gọi chia sẻ tình trạng kéo dài nhiều tháng. Bị chửi mắng, đe dọa đuổi ra"
                + " khỏi nhà cùng hai con nhỏ. Tư vấn viên lắng nghe, trấn an và giải thích quyền của người gọi. Đã cùng"
                + " xây dựng kế hoạch an toàn: số điện thoại khẩn cấp, nơi tạm lánh, giấy tờ cần mang theo.";

        final HttpClient http = Web.http();
        final URI uri;
        final List<String> tokens;
        final List<Caller> callers;
        final long line;
        final String[] localities;

        HttpSave(Map<String, String> opt, List<Caller> callers) throws IOException {
            this.uri = Web.local(opt.get("base")).resolve("/api/v1/contacts");
            this.tokens = Web.tokens(Path.of(opt.get("tokens")));
            this.callers = callers;
            Properties setup = new Properties();
            try (Reader r = Files.newBufferedReader(Path.of(opt.get("setup")), StandardCharsets.UTF_8)) {
                setup.load(r);
            }
            this.line = Long.parseLong(setup.getProperty("line.main"));
            String codes = setup.getProperty("localities", "");
            this.localities = codes.isEmpty() ? new String[0] : codes.split(",");
        }

        @Override
        public Outcome call(int client, SplittableRandom random) throws Exception {
            boolean data = random.nextDouble() < 0.30;
            String band;
            Map<String, Object> body = new java.util.LinkedHashMap<>();
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            String type = data ? (random.nextDouble() < 0.6 ? "ABOUT_SELF" : "ABOUT_OTHER")
                    : NON_DATA[LoadRun.pick(NON_DATA_WEIGHTS, random.nextDouble())];
            body.put("type", type);
            body.put("lineId", line);
            body.put("channel", "PHONE");
            body.put("receivedAt", now.minusSeconds(data ? 900 : 60));
            if (!type.equals("MISSED")) {
                body.put("answeredAt", now.minusSeconds(data ? 880 : 50));
            }
            body.put("endedAt", now.minusSeconds(5));
            double who = random.nextDouble();
            if (who < 0.10) {
                band = "withheld";
                body.put("callerPhoneWithheld", true);
            } else if (who < 0.15) {
                band = "new";
                body.put("callerPhone", String.format("09%d%07d", 1 + random.nextInt(8), random.nextInt(10_000_000)));
            } else {
                Caller caller = callers.get(random.nextInt(callers.size()));
                band = caller.band();
                body.put("callerPhone", Web.spelling(caller.e164(), random));
            }
            if (data) {
                band = band + "+data";
                body.put("callerSex", random.nextDouble() < 0.65 ? "FEMALE" : "MALE");
                body.put("callerAgeGroup", "AGE_25_59");
                if (type.equals("ABOUT_OTHER")) {
                    body.put("callerRelation", "PARENT_OR_RELATIVE");
                    body.put("concernedSex", "FEMALE");
                    body.put("concernedAgeGroup", "AGE_12_15");
                }
                if (localities.length > 0 && random.nextDouble() < 0.7) {
                    body.put("localityCode", localities[random.nextInt(localities.length)]);
                }
                String first = CATEGORIES[LoadRun.pick(CATEGORY_WEIGHTS, random.nextDouble())];
                String second = CATEGORIES[LoadRun.pick(CATEGORY_WEIGHTS, random.nextDouble())];
                body.put("categories", first.equals(second) || random.nextDouble() < 0.75 ? List.of(first)
                        : List.of(first, second));
                body.put("urgency", random.nextDouble() < 0.1 ? "URGENT" : "ROUTINE");
                body.put("services", List.of("INFORMATION", "PSYCHOLOGICAL_COUNSELLING"));
                body.put("outcome", random.nextDouble() < 0.8 ? "RESOLVED" : "REFERRED");
                body.put("summary", SUMMARY);
            }
            var request = HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + tokens.get(client % tokens.size()))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(Web.json(body), StandardCharsets.UTF_8)).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new Outcome(band, response.statusCode() == 201 ? 201 : Math.max(400, response.statusCode()));
        }

    }

    // ---------------------------------------------------------------------------------------------------------------

    static List<Caller> callers(Path file) throws IOException {
        List<Caller> callers = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length == 3 && PhoneNumbers.normalise(f[1]).isPresent()) {
                callers.add(new Caller(f[0], f[1], Integer.parseInt(f[2])));
            }
        }
        if (callers.isEmpty()) {
            throw new IllegalArgumentException("no callers in " + file);
        }
        return callers;
    }

}
