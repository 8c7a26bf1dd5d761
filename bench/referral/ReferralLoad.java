package referral;

import common.Gen;
import common.LoadRun;
import common.LoadRun.Outcome;
import common.Web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Load for the referral benchmark, measured by {@link LoadRun}: client i acts as partner user i of users.tsv (the
 * largest organisations first) and reads her organisation's inbox.
 *
 * <pre>
 * sql   --url JDBC --users F      the inbox's statement over JDBC, one connection a client (the baseline)
 * inbox --base URL --tokens F     GET /api/v1/referrals/inbox with the user's bearer token
 * common: --clients 20 --seconds 30
 * </pre>
 * Run with the application's classes: java -cp EXTRACTED/anhduong-*.jar bench/referral/ReferralLoad.java MODE …
 */
public class ReferralLoad {

    /** The application's inbox statement (StoredReferrals.inbox), without decryption. */
    static final String INBOX = """
            SELECT r.* FROM referral_referrals r WHERE r.recipient_organisation_id = ?
            ORDER BY CASE WHEN r.status = 'SENT' THEN 0 ELSE 1 END, r.sent_at DESC, r.id DESC FETCH FIRST 200 ROWS ONLY""";

    public static void main(String[] args) throws Exception {
        var settings = LoadRun.Settings.of(args);
        Map<String, String> opt = settings.opt();
        LoadRun.Work work = settings.mode().equals("sql") ? new Sql(opt, settings.clients()) : new Inbox(opt);
        LoadRun.measure(work, settings);
    }

    /** The baseline: the inbox statement, all rows read, over one connection per client. */
    static final class Sql implements LoadRun.Work {

        private final Connection[] connections;
        private final List<Long> organisations;

        Sql(Map<String, String> opt, int clients) throws Exception {
            this.connections = Gen.connections(opt, clients);
            this.organisations = Files.readAllLines(Path.of(opt.get("users"))).stream()
                    .map(line -> Long.parseLong(line.split("\t")[1])).toList();
        }

        @Override
        public Outcome call(int client, SplittableRandom random) throws Exception {
            long organisation = organisations.get(client % organisations.size());
            try (PreparedStatement ps = connections[client].prepareStatement(INBOX)) {
                ps.setLong(1, organisation);
                int rows = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getString("shared_enc");
                        rows++;
                    }
                }
                return new Outcome(rows == 200 ? "full" : "partial", 200);
            }
        }

        @Override
        public void close() throws Exception {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    /** GET /api/v1/referrals/inbox as the client's partner user. */
    static final class Inbox implements LoadRun.Work {

        private final HttpClient http = Web.http();
        private final URI base;
        private final List<String> tokens;

        Inbox(Map<String, String> opt) throws Exception {
            this.base = Web.local(opt.get("base"));
            this.tokens = Web.tokens(Path.of(opt.get("tokens")));
        }

        @Override
        public Outcome call(int client, SplittableRandom random) throws Exception {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/referrals/inbox"))
                    .header("Authorization", "Bearer " + tokens.get(client % tokens.size())).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean ok = response.statusCode() == 200 && response.body().startsWith("[");
            return new Outcome("inbox", ok ? 200 : 599);
        }
    }
}
