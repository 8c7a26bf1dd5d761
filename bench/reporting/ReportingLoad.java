package reporting;

import common.LoadRun;
import common.LoadRun.Outcome;
import common.LoadRun.Work;
import common.Web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Closed-loop load for the reporting benchmark (bench/reporting.sh), in the manner of the other load programs: C
 * clients for S seconds after a warm-up of max(2, S/3) seconds, then one line "requests errors p50_ms p99_ms
 * throughput_per_s" and one line of detail (see {@link LoadRun}). Every request is the same period's summary: the
 * figures of a period do not change while nobody records, so the point is how long counting them takes, not which
 * period is asked for. Only addresses on this machine.
 *
 * <pre>
 * sql     --url JDBC --from D --to D [--commune C]      the baseline: the raw SQL aggregate of the same period and
 *                                                       scope over JDBC, one connection per client, no HTTP, security,
 *                                                       rollup, audit or JSON (the statements: {@link SqlSummary})
 * summary --base URL --tokens F --from D --to D [--commune C]
 *                                                       GET /api/v1/reports/summary?from=…&amp;to=…[&amp;commune=…]; a
 *                                                       request counts when it answers 200 with the indicators
 * common: --clients 4 --seconds 30 [--band NAME] (the label of the latency line; default province or commune)
 * </pre>
 * Days are Vietnam's (Asia/Ho_Chi_Minh), both included, as the API takes them. Run with the application's classes:
 * java -cp EXTRACTED/anhduong-*.jar bench/reporting/ReportingLoad.java MODE …
 */
public class ReportingLoad {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public static void main(String[] args) throws Exception {
        var settings = LoadRun.Settings.of(args);
        Map<String, String> opt = settings.opt();
        Work work = switch (settings.mode()) {
            case "sql" -> new SqlSummary(opt, settings.clients());
            case "summary" -> new HttpSummary(opt);
            default -> throw new IllegalArgumentException("mode must be sql or summary");
        };
        LoadRun.measure(work, settings);
    }

    static String band(Map<String, String> opt) {
        return opt.getOrDefault("band", opt.containsKey("commune") ? "commune" : "province");
    }

    // ---------------------------------------------------------------------------------------------------------------

    /**
     * The baseline: what a summary has to count, straight from the records, one statement after the other on the
     * client's connection (autocommit, so each statement is its own snapshot): the period is [first day 00:00, day
     * after the last 00:00) Vietnam time; with a commune, rows carrying that commune code.
     * <ol>
     * <li>contacts received in the period by type, channel, urgency and GBV flag (one GROUP BY over hotline_contacts);
     * <li>distinct contacts received in the period by top-level category (hotline_contacts joined to their categories
     * and the category tree, two levels deep as seeded);
     * <li>cases opened in the period by case type (casework_cases.opened_at);
     * <li>cases closed in the period by case type (casework_cases.closed_at, the latest closure);
     * <li>cases active at the period's end by case type (opened before the end, not closed at it).
     * </ol>
     * Every row of every result is read. Not counted here, although the summary counts them: emergency support,
     * residential care, trafficking hand-overs, referrals and shelter (none of them generated), and the GBVIMS types
     * and contexts of cases (no incidents generated).
     */
    static final class SqlSummary implements Work {

        static final String CONTACTS = """
                SELECT contact_type, channel, urgency, gbv_related, COUNT(*) FROM hotline_contacts
                WHERE received_at >= ? AND received_at < ?%s GROUP BY contact_type, channel, urgency, gbv_related""";
        static final String CATEGORIES = """
                SELECT COALESCE(k.parent_code, k.code), COUNT(DISTINCT c.id) FROM hotline_contacts c
                JOIN hotline_contact_categories cc ON cc.contact_id = c.id
                JOIN hotline_categories k ON k.code = cc.category_code
                WHERE c.received_at >= ? AND c.received_at < ?%s GROUP BY COALESCE(k.parent_code, k.code)""";
        static final String OPENED = """
                SELECT case_type, COUNT(*) FROM casework_cases WHERE opened_at >= ? AND opened_at < ?%s
                GROUP BY case_type""";
        static final String CLOSED = """
                SELECT case_type, COUNT(*) FROM casework_cases WHERE closed_at >= ? AND closed_at < ?%s
                GROUP BY case_type""";
        static final String ACTIVE = """
                SELECT case_type, COUNT(*) FROM casework_cases
                WHERE opened_at < ? AND (closed_at IS NULL OR closed_at >= ?)%s GROUP BY case_type""";

        final Connection[] connections;
        final OffsetDateTime start;
        final OffsetDateTime end;
        final String commune;
        final String band;

        SqlSummary(Map<String, String> opt, int clients) throws SQLException {
            this.start = LocalDate.parse(opt.get("from")).atStartOfDay(VIETNAM).toOffsetDateTime();
            this.end = LocalDate.parse(opt.get("to")).plusDays(1).atStartOfDay(VIETNAM).toOffsetDateTime();
            this.commune = opt.get("commune");
            this.band = band(opt);
            this.connections = common.Gen.connections(opt, clients);
        }

        @Override
        public Outcome call(int client, SplittableRandom random) throws SQLException {
            Connection db = connections[client];
            read(db, CONTACTS, " AND locality_code = ?", 4, start, end);
            read(db, CATEGORIES, " AND c.locality_code = ?", 1, start, end);
            read(db, OPENED, " AND commune_code = ?", 1, start, end);
            read(db, CLOSED, " AND commune_code = ?", 1, start, end);
            read(db, ACTIVE, " AND commune_code = ?", 1, end, end);
            return new Outcome(band, 200);
        }

        /** Runs one statement and reads every row. */
        private void read(Connection db, String sql, String communeFilter, int keys, OffsetDateTime a, OffsetDateTime b)
                throws SQLException {
            try (PreparedStatement ps = db.prepareStatement(sql.formatted(commune == null ? "" : communeFilter))) {
                ps.setObject(1, a);
                ps.setObject(2, b);
                if (commune != null) {
                    ps.setString(3, commune);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        for (int col = 1; col <= keys; col++) {
                            rs.getObject(col);
                        }
                        rs.getLong(keys + 1);
                    }
                }
            }
        }

        @Override
        public void close() throws SQLException {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    static final class HttpSummary implements Work {
        final HttpClient http = Web.http();
        final URI uri;
        final List<String> tokens;
        final String band;

        HttpSummary(Map<String, String> opt) throws IOException {
            String query = "from=" + LocalDate.parse(opt.get("from")) + "&to=" + LocalDate.parse(opt.get("to"))
                    + (opt.containsKey("commune")
                    ? "&commune=" + URLEncoder.encode(opt.get("commune"), StandardCharsets.UTF_8) : "");
            this.uri = Web.local(opt.get("base")).resolve("/api/v1/reports/summary?" + query);
            this.tokens = Web.tokens(Path.of(opt.get("tokens")));
            this.band = band(opt);
        }

        @Override
        public Outcome call(int client, SplittableRandom random) throws Exception {
            var request = HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + tokens.get(client % tokens.size()))
                    .header("Accept", "application/json")
                    .GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && !response.body().contains("\"contacts.total\":")) {
                return new Outcome(band, 599); // an answer without the figures is no answer
            }
            return new Outcome(band, response.statusCode());
        }
    }
}
