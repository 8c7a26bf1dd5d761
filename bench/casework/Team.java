package casework;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * The users the load runs act as (users.tsv) and the cases each of them may read (from cases.tsv, by the application's
 * team rule: the assigned worker, the case's supervisor, a supervisor of its organisation), so that reads and searches
 * ask for what a case worker or supervisor would: mostly her open cases, sometimes an older one.
 */
final class Team {

    record User(String username, long id, long org, boolean supervisor) {
    }

    record Case(long id, String number, long org, long worker, long supervisor, boolean closed, String phone,
                String phoneBand) {
    }

    final List<User> users = new ArrayList<>();
    final List<Case> cases = new ArrayList<>();
    /** Per user: indexes into {@link #cases} of the cases she may read, and of the open ones among them. */
    final List<int[]> visible = new ArrayList<>();
    final List<int[]> open = new ArrayList<>();

    Team(Path usersFile, Path casesFile, int clients) throws IOException {
        for (String line : Files.readAllLines(usersFile, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length == 4 && users.size() < clients) {
                users.add(new User(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), f[3].equals("SUPERVISOR")));
            }
        }
        try (var lines = Files.lines(casesFile, StandardCharsets.UTF_8)) {
            lines.map(line -> line.split("\t")).forEach(f -> cases.add(new Case(Long.parseLong(f[0]), f[1],
                    Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]), f[5].equals("closed"),
                    f[6].equals("-") ? null : f[6], f[7])));
        }
        for (User user : users) {
            visible.add(indexes(c -> mayRead(user, c)));
            open.add(indexes(c -> mayRead(user, c) && !c.closed()));
        }
        if (users.isEmpty() || cases.isEmpty()) {
            throw new IllegalArgumentException("no users or no cases");
        }
    }

    /** NeedToKnow.onTeam for users who work cases. */
    static boolean mayRead(User user, Case c) {
        return c.worker() == user.id() || c.supervisor() == user.id() || (user.supervisor() && c.org() == user.org());
    }

    private int[] indexes(Predicate<Case> test) {
        return java.util.stream.IntStream.range(0, cases.size()).filter(i -> test.test(cases.get(i))).toArray();
    }

    User user(int client) {
        return users.get(client % users.size());
    }

    /** A case the client's user may read: 70 % one of her open cases, else any of hers; null when she has none. */
    Case readable(int client, SplittableRandom random) {
        int[] mine = visible.get(client % users.size());
        int[] current = open.get(client % users.size());
        int[] from = current.length > 0 && random.nextDouble() < 0.7 ? current : mine;
        return from.length == 0 ? null : cases.get(from[random.nextInt(from.length)]);
    }

    Case any(SplittableRandom random) {
        return cases.get(random.nextInt(cases.size()));
    }
}
