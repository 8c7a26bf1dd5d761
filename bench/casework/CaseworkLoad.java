package casework;

import common.LoadRun;

import java.nio.file.Path;
import java.util.Map;

/**
 * Load for the casework benchmark, measured by {@link LoadRun}: C clients for S seconds after a warm-up, one line
 * "requests errors p50_ms p99_ms throughput_per_s" and one line of detail (latency by band, error statuses). Client i
 * acts as user i of users.tsv (supervisors of the largest organisations first, then case workers on duty) and asks for
 * cases that user may read, from the generator's cases.tsv. Only addresses on this machine.
 *
 * <pre>
 * sql    --url JDBC [--query Q]        the application's statements over JDBC, one connection a client (the baselines).
 *                                      Q: file (default) the statements of a case file read; decrypt: those and the
 *                                      decryption of the client's and companions' fields; audited: decrypt plus the
 *                                      read's two audit inserts, one transaction; phone: the statements of a search
 *                                      by phone
 * read   --base URL --tokens F         GET /api/v1/cases/{id} with a bearer token
 * page   --base URL                    GET /cases/{id}, the case file's HTML page, in a session from the sign-in form
 *                                      (password BENCH_CASEWORKER_PASSWORD)
 * search --base URL --tokens F         POST /api/v1/cases/search by phone, spelled the ways people type numbers
 * create --base URL --tokens F         POST /api/v1/cases: a client with a phone and a birth year, one companion
 * common: --users F --cases F --setup F --clients 20 --seconds 30 [--rate R]
 * </pre>
 * Run with the application's classes: java -cp EXTRACTED/anhduong-*.jar bench/casework/CaseworkLoad.java MODE …
 * The sql mode needs the keys (ANHDUONG_CRYPTO_*) for the blind indexes and the decryption.
 */
public class CaseworkLoad {

    public static void main(String[] args) throws Exception {
        var settings = LoadRun.Settings.of(args);
        Map<String, String> opt = settings.opt();
        var team = new Team(Path.of(opt.get("users")), Path.of(opt.get("cases")), settings.clients());
        LoadRun.Work work = settings.mode().equals("sql") ? new SqlWork(opt, team, settings.clients())
                : new HttpWork(settings.mode(), opt, team);
        LoadRun.measure(work, settings);
    }
}
