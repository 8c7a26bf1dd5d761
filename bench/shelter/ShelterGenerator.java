package shelter;

import common.Gen;
import org.anhduong.platform.crypto.FieldCipher;
import org.anhduong.platform.text.VietnameseText;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fills the shelter tables with N facilities (default 200) and three years of their placements straight through JDBC,
 * in the application's stored format (address and contact person encrypted under ANHDUONG_CRYPTO_ENCRYPTION_KEYS).
 * The schema must exist (start the application once) and shelter_facilities must be empty.
 *
 * <p>The mix of a province's network: one facility in ten a shelter (10–40 places, stays of 3–60 nights), one in
 * twenty one-stop centre beds (4–8, 1–7 nights), one in twenty a social-protection facility (30–100, children's
 * residential care of 2–24 months), the rest trusted addresses (2–4 places, 1–3 nights, often weeks empty). Each
 * place is a sequence of stays separated by empty spells, so no facility is ever over its capacity; a place is taken
 * today when its last stay reaches today (the busy kinds mostly are, trusted addresses mostly not). Every stay is a person of her own. Also the load's users: case workers of one organisation, who see the whole
 * board, all with BENCH_CASEWORKER_PASSWORD. Writes setup.properties (figures for the report and the check) to --out.
 * Fixed seed.
 *
 * <pre>java -cp EXTRACTED/anhduong-*.jar bench/shelter/ShelterGenerator.java --url JDBC --count 200 --out DIR</pre>
 */
public class ShelterGenerator {

    static final int DAYS = 3 * 365;
    static final int USERS = 40;

    /** A kind of facility: its share, capacity, stays and the longest empty spell between two stays of a place. */
    record Kind(String code, double share, int minCapacity, int maxCapacity, int minNights, int maxNights,
                int maxGap, String purpose) {
    }

    static final List<Kind> KINDS = List.of(
            new Kind("SHELTER", 0.10, 10, 40, 3, 60, 20, "EMERGENCY"),
            new Kind("ONE_STOP_CENTRE_BEDS", 0.05, 4, 8, 1, 7, 10, "EMERGENCY"),
            new Kind("SOCIAL_PROTECTION", 0.05, 30, 100, 60, 730, 60, "RESIDENTIAL_CARE"),
            new Kind("TRUSTED_ADDRESS", 0.80, 2, 4, 1, 3, 90, "EMERGENCY"));

    public static void main(String[] args) throws Exception {
        var a = Gen.Args.of(args, "--url JDBC --count FACILITIES --out DIR", "200");
        FieldCipher cipher = Gen.Crypto.fromEnvironment().cipher();
        var random = new SplittableRandom(20261129L);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long started = System.nanoTime();
        try (Connection db = a.open()) {
            db.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            long org = organisation(db, now);
            List<String> users = users(db, org, now);
            var counts = new long[4]; // facilities, places, placements, open today
            try (var facilities = db.prepareStatement("""
                    INSERT INTO shelter_facilities (id, organisation_id, name, kind, capacity, accepts_children,
                           accessible, commune_code, address_enc, contact_enc, active, version, updated_by, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, TRUE, 1, 0, ?)""");
                 var persons = db.prepareStatement("""
                    INSERT INTO shelter_persons (id, person_kind, person_ref, sex, birth_year, relation)
                    VALUES (?, ?, ?, ?, ?, ?)""");
                 var placements = db.prepareStatement("""
                    INSERT INTO shelter_placements (id, facility_id, person_id, case_id, survivor_code, purpose,
                           episode_id, reason, admitted_on, discharged_on, version, created_by, created_at,
                           updated_by, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, 1, 0, ?, 0, ?)""")) {
                for (long f = 1; f <= a.count(); f++) {
                    Kind kind = kind(random);
                    int capacity = kind.minCapacity() + random.nextInt(kind.maxCapacity() - kind.minCapacity() + 1);
                    facilities.setLong(1, f);
                    facilities.setLong(2, org);
                    facilities.setString(3, kind.code().replace('_', ' ').toLowerCase() + " " + f + " (benchmark)");
                    facilities.setString(4, kind.code());
                    facilities.setInt(5, capacity);
                    facilities.setBoolean(6, !kind.code().equals("TRUSTED_ADDRESS") || random.nextBoolean());
                    facilities.setBoolean(7, random.nextInt(3) == 0);
                    facilities.setString(8, cipher.encrypt("Số " + f + ", thôn " + random.nextInt(20),
                            "shelter.facility.address"));
                    facilities.setString(9, cipher.encrypt("Người liên hệ " + f, "shelter.facility.contact"));
                    facilities.setTimestamp(10, now);
                    facilities.executeUpdate();
                    counts[0]++;
                    counts[1] += capacity;
                    for (int place = 0; place < capacity; place++) {
                        stays(f, kind, today, random, persons, placements, now, counts);
                    }
                    if (f % 20 == 0) {
                        persons.executeBatch();
                        placements.executeBatch();
                        db.commit();
                    }
                }
                persons.executeBatch();
                placements.executeBatch();
            }
            restart(db, a.postgres(), counts[0], counts[2]);
            db.commit();
            analyze(db, a.postgres());
            write(a.out(), counts, users, (System.nanoTime() - started) / 1e9);
        }
    }

    /** One place's history: stays and empty spells from three years ago to today. */
    static void stays(long facility, Kind kind, LocalDate today, SplittableRandom random, PreparedStatement persons,
                      PreparedStatement placements, Timestamp now, long[] counts) throws SQLException {
        LocalDate day = today.minusDays(DAYS - random.nextInt(30));
        boolean takenToday = random.nextDouble() < 0.7;
        while (true) {
            int nights = kind.minNights() + random.nextInt(kind.maxNights() - kind.minNights() + 1);
            LocalDate until = day.plusDays(nights);
            boolean open = !until.isBefore(today);
            if (open && !takenToday) {
                return;
            }
            long id = ++counts[2];
            boolean child = kind.purpose().equals("RESIDENTIAL_CARE") || random.nextInt(3) == 0;
            persons.setLong(1, id);
            persons.setString(2, child ? "COMPANION" : "CLIENT");
            persons.setLong(3, id);
            persons.setString(4, random.nextInt(10) < 8 ? "FEMALE" : "MALE");
            persons.setInt(5, today.getYear() - (child ? 2 + random.nextInt(15) : 18 + random.nextInt(45)));
            persons.setString(6, child ? "CHILD" : null);
            persons.addBatch();
            placements.setLong(1, id);
            placements.setLong(2, facility);
            placements.setLong(3, id);
            placements.setLong(4, 1_000_000 + id);
            placements.setString(5, "BN-S-" + id);
            placements.setString(6, kind.purpose());
            placements.setString(7, kind.purpose().equals("RESIDENTIAL_CARE")
                    ? (random.nextInt(10) == 0 ? "TRAFFICKED_RETURNEE" : "ABUSE_OR_VIOLENCE") : null);
            placements.setDate(8, Date.valueOf(day));
            placements.setDate(9, open ? null : Date.valueOf(until));
            placements.setTimestamp(10, now);
            placements.setTimestamp(11, now);
            placements.addBatch();
            if (open) {
                counts[3]++;
                return;
            }
            day = until.plusDays(random.nextInt(kind.maxGap() + 1));
            if (!day.isBefore(today)) {
                return;
            }
        }
    }

    static Kind kind(SplittableRandom random) {
        double u = random.nextDouble();
        for (Kind kind : KINDS) {
            u -= kind.share();
            if (u < 0) {
                return kind;
            }
        }
        return KINDS.getLast();
    }

    static long organisation(Connection db, Timestamp now) throws SQLException {
        String name = "Trung tâm Công tác xã hội (benchmark nơi tạm lánh)";
        return Gen.insert(db, """
                INSERT INTO organisations (name, name_folded, kind, parent_id, phone, email, address, active, version,
                                           created_at, updated_at)
                VALUES (?, ?, 'SOCIAL_WORK_CENTRE', NULL, NULL, NULL, NULL, TRUE, 0, ?, ?)""",
                name, VietnameseText.fold(name), now, now);
    }

    /** Case workers who read the board; one password hash for all (bcrypt takes ~0.1 s each). */
    static List<String> users(Connection db, long org, Timestamp now) throws SQLException {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(Gen.env("BENCH_CASEWORKER_PASSWORD"));
        List<String> users = new ArrayList<>();
        for (int i = 1; i <= USERS; i++) {
            String username = String.format("bench.sh.cw%03d", i);
            long id = Gen.insert(db, """
                    INSERT INTO users (username, full_name, full_name_folded, email_enc, phone_enc, organisation_id,
                                       password_hash, must_change_password, active, locked, failed_attempts,
                                       password_changed_at, version, created_at, updated_at)
                    VALUES (?, 'Nhân viên thử', 'nhan vien thu', NULL, NULL, ?, ?, FALSE, TRUE, FALSE, 0, ?, 0, ?, ?)""",
                    username, org, hash, now, now, now);
            Gen.exec(db, "INSERT INTO user_roles (user_id, role_code) VALUES (?, 'CASE_WORKER')", id);
            users.add(username);
        }
        return users;
    }

    /** Identity columns continue after the ids written here. */
    static void restart(Connection db, boolean postgres, long facilities, long placements) throws SQLException {
        try (Statement s = db.createStatement()) {
            for (String[] t : new String[][]{{"shelter_facilities", "" + (facilities + 1)},
                    {"shelter_persons", "" + (placements + 1)}, {"shelter_placements", "" + (placements + 1)}}) {
                s.execute(postgres
                        ? "SELECT setval(pg_get_serial_sequence('" + t[0] + "', 'id'), " + t[1] + ", false)"
                        : "ALTER TABLE " + t[0] + " ALTER COLUMN id RESTART WITH " + t[1]);
            }
        }
    }

    static void analyze(Connection db, boolean postgres) throws SQLException {
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute(postgres ? "VACUUM ANALYZE" : "ANALYZE");
        }
    }

    static void write(java.nio.file.Path out, long[] counts, List<String> users, double seconds) throws Exception {
        Files.writeString(out.resolve("setup.properties"), String.join("\n",
                "facilities=" + counts[0], "places=" + counts[1], "placements=" + counts[2], "open=" + counts[3],
                "free=" + (counts[1] - counts[3]), "load.users=" + String.join(",", users),
                "load.seconds=" + String.format("%.1f", seconds)) + "\n");
        System.out.printf("%d facilities, %d places, %d placements (%d open today) in %.1f s%n", counts[0], counts[1],
                counts[2], counts[3], seconds);
    }
}
