package casework;

import casework.Team.Case;
import casework.Team.User;
import common.LoadRun.Outcome;
import common.LoadRun.Work;
import common.Web;

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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Casework through HTTP, as the load users: read the case file through the API (bearer token) or as the HTML page
 * (a session from a form sign-in with its CSRF token), search by phone, open a case. An answer that lacks what the
 * generator wrote counts as an error (status 599), so that fast wrong answers cannot pass.
 */
final class HttpWork implements Work {

    private static final Pattern HIDDEN = Pattern.compile("type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\"");
    private static final String SESSION = "ANHDUONG_SESSION";

    final String mode;
    final HttpClient http = Web.http();
    final URI base;
    final Team team;
    final List<String> credentials;
    final long unusedFrom;
    final Properties setup = new Properties();

    HttpWork(String mode, Map<String, String> opt, Team team) throws Exception {
        this.mode = mode;
        this.base = Web.local(opt.get("base"));
        this.team = team;
        try (Reader r = Files.newBufferedReader(Path.of(opt.get("setup")), StandardCharsets.UTF_8)) {
            setup.load(r);
        }
        this.unusedFrom = Long.parseLong(setup.getProperty("numbers.unusedFrom"));
        // The page needs a session a client (one session used by two clients at once would be two tabs racing to
        // save it), the API a token a user, in the users' order.
        int clients = Integer.parseInt(opt.getOrDefault("clients", "20"));
        this.credentials = mode.equals("page")
                ? signIn(java.util.stream.IntStream.range(0, clients).mapToObj(team::user).toList(),
                common.Gen.env("BENCH_CASEWORKER_PASSWORD"))
                : Web.tokens(Path.of(opt.get("tokens")));
        if (credentials.size() < team.users.size()) {
            throw new IllegalArgumentException("fewer tokens than users");
        }
    }

    @Override
    public Outcome call(int client, SplittableRandom random) throws Exception {
        return switch (mode) {
            case "read", "page" -> read(client, random);
            case "search" -> search(client, random);
            case "create" -> create(client, random);
            default -> throw new IllegalArgumentException("mode must be read, page, search or create");
        };
    }

    private HttpRequest.Builder request(int client, String path) {
        var builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        String credential = credentials.get(mode.equals("page") ? client : client % team.users.size());
        return mode.equals("page") ? builder.header("Cookie", SESSION + "=" + credential)
                : builder.header("Authorization", "Bearer " + credential);
    }

    private Outcome read(int client, SplittableRandom random) throws Exception {
        Case c = team.readable(client, random);
        User user = team.user(client);
        String band = (user.supervisor() ? "supervisor/" : "worker/") + (c.closed() ? "closed" : "open");
        String path = (mode.equals("page") ? "/cases/" : "/api/v1/cases/") + c.id();
        HttpResponse<String> response = http.send(request(client, path).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new Outcome(band, checked(response, 200, c.number()));
    }

    private Outcome search(int client, SplittableRandom random) throws Exception {
        var target = Targets.search(team, client, random, unusedFrom);
        String body = Web.json(Map.of("phone", Web.spelling(target.e164(), random)));
        HttpResponse<String> response = http.send(request(client, "/api/v1/cases/search")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Outcome(target.band(), checked(response, 200,
                target.expected() == null ? "\"cases\":" : target.expected().number()));
    }

    /** A duplicate warning is answered as a case worker does: she confirms and sends again; both count as one. */
    private Outcome create(int client, SplittableRandom random) throws Exception {
        String[] communes = setup.getProperty("org." + team.user(client).org() + ".communes", "").split(",");
        var opening = Targets.opening(team, client, random, unusedFrom,
                communes.length == 1 && communes[0].isEmpty() ? new String[0] : communes);
        HttpResponse<String> response = post(client, opening.body());
        String band = opening.band();
        if (response.statusCode() == 409 && response.body().contains("possible-duplicate")) {
            opening.body().put("confirmNoDuplicate", true);
            response = post(client, opening.body());
            band += "+warned";
        }
        return new Outcome(band, checked(response, 201, "\"caseNumber\":"));
    }

    private HttpResponse<String> post(int client, Map<String, Object> body) throws Exception {
        return http.send(request(client, "/api/v1/cases").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Web.json(body), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int checked(HttpResponse<String> response, int expected, String mustContain) {
        if (response.statusCode() != expected) {
            return Math.max(400, response.statusCode());
        }
        return response.body().contains(mustContain) ? expected : 599;
    }

    /** Signs each user in through the login form; returns their session ids. */
    private List<String> signIn(List<User> users, String password) throws IOException, InterruptedException {
        List<String> sessions = new java.util.ArrayList<>();
        for (User user : users) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher hidden = HIDDEN.matcher(page.body());
            String session = session(page);
            if (!hidden.find() || session == null) {
                throw new IllegalStateException("no CSRF token or session on the sign-in page");
            }
            String form = "username=" + URLEncoder.encode(user.username(), StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                    + "&" + URLEncoder.encode(hidden.group(1), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(hidden.group(2), StandardCharsets.UTF_8);
            HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(base.resolve("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", SESSION + "=" + session)
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            String location = signedIn.headers().firstValue("Location").orElse("");
            if (signedIn.statusCode() != 302 || location.contains("error")) {
                throw new IllegalStateException("sign-in of " + user.username() + " failed: " + signedIn.statusCode());
            }
            String renewed = session(signedIn);
            sessions.add(renewed != null ? renewed : session);
        }
        return sessions;
    }

    private static String session(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SESSION + "="))
                .map(c -> c.substring(SESSION.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .reduce((first, last) -> last).orElse(null);
    }
}
