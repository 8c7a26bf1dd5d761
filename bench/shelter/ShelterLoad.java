package shelter;

import common.Gen;
import common.LoadRun;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Load for the shelter benchmark, measured by {@link LoadRun} (one line "requests errors p50_ms p99_ms per_s", one
 * line of detail). Only addresses on this machine.
 *
 * <pre>
 * sql   --url JDBC               the board's two statements over JDBC (the facilities without their encrypted
 *                                fields; persons staying today by facility), one connection a client: the baseline
 * board --base URL --tokens F    GET /api/v1/shelter/occupancy, client i with the token on line i of F
 * common: --clients 20 --seconds 30
 * </pre>
 * Run with the application's classes: java -cp EXTRACTED/anhduong-*.jar bench/shelter/ShelterLoad.java MODE …
 */
public class ShelterLoad {

    public static void main(String[] args) throws Exception {
        var settings = LoadRun.Settings.of(args);
        Map<String, String> opt = settings.opt();
        LoadRun.Work work = settings.mode().equals("sql") ? sql(opt, settings.clients()) : board(opt);
        LoadRun.measure(work, settings);
    }

    static LoadRun.Work sql(Map<String, String> opt, int clients) throws Exception {
        Connection[] connections = Gen.connections(opt, clients);
        return new LoadRun.Work() {
            @Override
            public LoadRun.Outcome call(int client, SplittableRandom random) throws Exception {
                Connection db = connections[client];
                int rows = 0;
                try (PreparedStatement ps = db.prepareStatement("""
                        SELECT id, version, organisation_id, name, kind, capacity, accepts_children, accessible,
                               commune_code, active FROM shelter_facilities ORDER BY name, id""");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
                try (PreparedStatement ps = db.prepareStatement("""
                        SELECT facility_id, COUNT(*) AS staying FROM shelter_placements
                        WHERE admitted_on <= ? AND (discharged_on IS NULL OR discharged_on > ?)
                        GROUP BY facility_id""")) {
                    Date today = Date.valueOf(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
                    ps.setDate(1, today);
                    ps.setDate(2, today);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows++;
                        }
                    }
                }
                return new LoadRun.Outcome(rows > 0 ? "board" : "empty", 200);
            }

            @Override
            public void close() throws Exception {
                for (Connection c : connections) {
                    c.close();
                }
            }
        };
    }

    static LoadRun.Work board(Map<String, String> opt) throws Exception {
        URI uri = URI.create(opt.get("base") + "/api/v1/shelter/occupancy");
        if (!List.of("127.0.0.1", "localhost", "[::1]").contains(uri.getHost())) {
            throw new IllegalArgumentException("ShelterLoad only targets this machine");
        }
        List<String> tokens = Files.readAllLines(Path.of(opt.get("tokens"))).stream().filter(t -> !t.isBlank()).toList();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return (client, random) -> {
            var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + tokens.get(client % tokens.size())).build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new LoadRun.Outcome("board", status);
        };
    }
}
