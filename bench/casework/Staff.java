package casework;

import common.Gen;
import org.anhduong.platform.text.VietnameseText;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The organisations that hold the cases and their staff, created with the same statements as identity's repositories
 * (there is no bulk API for users): social work centres in five provinces and a shelter, each with case workers on
 * staggered four-year stints and two supervisors for the whole period. All accounts share one password
 * (BENCH_CASEWORKER_PASSWORD).
 */
final class Staff {

    static final String CASE_WORKER = "CASE_WORKER";
    static final String SUPERVISOR = "SUPERVISOR";

    /**
     * An organisation, its code prefix, province and share of the cases; its province's communes, with cumulative
     * weights when they are not drawn evenly (else null).
     */
    record Org(long id, String prefix, String name, String province, double share, double trafficking,
               String[] communes, double[] communeWeights) {

        /** One of the communes (none when the province has none loaded). */
        String commune(SplittableRandom r) {
            if (communes.length == 0) {
                return null;
            }
            return communeWeights == null ? communes[r.nextInt(communes.length)]
                    : communes[Gen.pick(communeWeights, r.nextDouble())];
        }
    }

    /** A user working cases; on duty from day {@code fromDay} (inclusive) to {@code toDay} (exclusive). */
    record Member(long id, String username, Org org, String role, int fromDay, int toDay) {

        boolean onDuty(int day) {
            return fromDay <= day && day < toDay;
        }
    }

    record World(List<Org> orgs, List<Member> members, java.util.Map<String, List<Member>> onDuty) {

        World(List<Org> orgs, List<Member> members) {
            this(orgs, members, new java.util.HashMap<>());
        }

        /** The organisation's case workers on duty that day (all of them if none is). */
        List<Member> workersOn(Org org, int day) {
            return onDuty.computeIfAbsent(org.prefix() + day, key -> {
                List<Member> on = members.stream()
                        .filter(m -> m.org() == org && m.role().equals(CASE_WORKER) && m.onDuty(day)).toList();
                return on.isEmpty() ? members.stream()
                        .filter(m -> m.org() == org && m.role().equals(CASE_WORKER)).toList() : on;
            });
        }

        List<Member> supervisorsOf(Org org) {
            return onDuty.computeIfAbsent(org.prefix(), key -> members.stream()
                    .filter(m -> m.org() == org && m.role().equals(SUPERVISOR)).toList());
        }

        /**
         * The users the load runs act as, in order: a supervisor of each of the four largest organisations, then case
         * workers on duty today, taken in turn from the organisations by their share.
         */
        List<Member> loadUsers(int today, int how) {
            List<Member> users = new ArrayList<>();
            for (int i = 0; i < Math.min(4, orgs.size()); i++) {
                users.add(supervisorsOf(orgs.get(i)).getFirst());
            }
            List<List<Member>> onDuty = orgs.stream().map(o -> members.stream()
                    .filter(m -> m.org() == o && m.role().equals(CASE_WORKER) && m.onDuty(today)).toList()).toList();
            double[] credit = new double[orgs.size()];
            int[] taken = new int[orgs.size()];
            while (users.size() < how) {
                int best = -1;
                for (int i = 0; i < orgs.size(); i++) {
                    credit[i] += orgs.get(i).share();
                    if (taken[i] < onDuty.get(i).size() && (best < 0 || credit[i] > credit[best])) {
                        best = i;
                    }
                }
                if (best < 0) {
                    break;
                }
                credit[best] -= 1;
                users.add(onDuty.get(best).get(taken[best]++));
            }
            return users;
        }
    }

    private record Template(String prefix, String name, String kind, String province, double share,
                            double trafficking) {
    }

    /** Largest first; trafficking is the weight of trafficking cases relative to the national mix. */
    private static final List<Template> TEMPLATES = List.of(
            new Template("QN", "Trung tâm Công tác xã hội tỉnh Quảng Ninh", "SOCIAL_WORK_CENTRE", "22", 0.26, 1.5),
            new Template("TH", "Trung tâm Công tác xã hội tỉnh Thanh Hóa", "SOCIAL_WORK_CENTRE", "38", 0.22, 1.0),
            new Template("HN", "Trung tâm Công tác xã hội Thành phố Hà Nội", "SOCIAL_WORK_CENTRE", "01", 0.20, 0.5),
            new Template("LC", "Trung tâm Công tác xã hội tỉnh Lào Cai", "SOCIAL_WORK_CENTRE", "15", 0.12, 4.0),
            new Template("AG", "Trung tâm Công tác xã hội tỉnh An Giang", "SOCIAL_WORK_CENTRE", "91", 0.12, 2.0),
            new Template("BY", "Ngôi nhà Bình Yên", "SHELTER", "01", 0.08, 5.0));

    private Staff() {
    }

    /** @param zipfCommunes communes drawn with Zipf weights in code order (else evenly), as ContactGenerator can */
    static World create(Connection db, String password, long cases, int days, boolean zipfCommunes)
            throws SQLException {
        db.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        // One hash for all: bcrypt at cost 10 takes ~0.1 s, and the accounts only differ by name.
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password);
        List<Org> orgs = new ArrayList<>();
        List<Member> members = new ArrayList<>();
        // About 1,000 cases a year per worker position over ten years: 200 workers for 500,000 cases; at least
        // enough that some twenty users are on duty today for the load runs.
        long workers = Math.max(72, cases / 2_500);
        for (Template t : TEMPLATES) {
            String name = t.name() + " (benchmark)";
            long id = Gen.insert(db, """
                    INSERT INTO organisations (name, name_folded, kind, parent_id, phone, email, address, active, version,
                                               created_at, updated_at)
                    VALUES (?, ?, ?, NULL, NULL, NULL, NULL, TRUE, 0, ?, ?)""",
                    name, VietnameseText.fold(name), t.kind(), now, now);
            String[] communes = communes(db, t.province());
            Org org = new Org(id, t.prefix(), name, t.province(), t.share(), t.trafficking(), communes,
                    zipfCommunes && communes.length > 0 ? Gen.zipf(communes.length) : null);
            orgs.add(org);
            String lower = t.prefix().toLowerCase(java.util.Locale.ROOT);
            for (int s = 0; s < 2; s++) {
                members.add(user(db, "bench.gs." + lower + (s + 1), org, SUPERVISOR, -1, days + 1, hash, now));
            }
            int n = (int) Math.max(6, Math.round(workers * t.share()));
            for (int w = 0; w < n; w++) {
                // Stints spread so that every day has about the same number on duty.
                int from = (int) ((long) w * (days + 1460) / n) - 1460 + 1;
                members.add(user(db, String.format("bench.cw.%s%03d", lower, w + 1), org, CASE_WORKER, from,
                        from + 1460, hash, now));
            }
        }
        db.commit();
        return new World(orgs, members);
    }

    private static Member user(Connection db, String username, Org org, String role, int from, int to, String hash,
                               Timestamp now) throws SQLException {
        boolean female = Math.floorMod(username.hashCode(), 10) < 8; // social work is mostly women's work in Vietnam
        String name = People.name(new SplittableRandom(username.hashCode()), female);
        long id = Gen.insert(db, """
                INSERT INTO users (username, full_name, full_name_folded, email_enc, phone_enc, organisation_id,
                                   password_hash, must_change_password, active, locked, failed_attempts,
                                   password_changed_at, version, created_at, updated_at)
                VALUES (?, ?, ?, NULL, NULL, ?, ?, FALSE, TRUE, FALSE, 0, ?, 0, ?, ?)""",
                username, name, VietnameseText.fold(name), org.id(), hash, now, now, now);
        Gen.exec(db, "INSERT INTO user_roles (user_id, role_code) VALUES (?, ?)", id, role);
        return new Member(id, username, org, role, from, to);
    }

    private static String[] communes(Connection db, String province) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT code FROM localities WHERE level = 'COMMUNE'"
                + " AND valid_to IS NULL AND parent_code = ? ORDER BY code")) {
            ps.setString(1, province);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
        }
        return codes.toArray(String[]::new);
    }
}
