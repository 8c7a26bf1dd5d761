package referral;

import common.Bulk;
import common.Gen;
import org.anhduong.platform.text.VietnameseText;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fills a migrated database with the referral benchmark's data: ORGS partner organisations (default 200) of very
 * unequal size (Zipf: the provincial hospital and police receive most referrals), two partner users each, one service
 * each, and COUNT referrals (default 100,000) over two years to yesterday with their history steps and encrypted texts
 * (the application's cipher and contexts, the keys from ANHDUONG_CRYPTO_*). The referrals' cases are ids only: the
 * inbox reads no casework table. Writes users.tsv (partner usernames, largest organisations first, one a line with its
 * organisation id) and setup.properties.
 *
 * <pre>java -cp EXTRACTED/anhduong-*.jar bench/referral/ReferralGenerator.java --url JDBC --count N [--orgs 200] --out DIR</pre>
 * The users' password comes from BENCH_PARTNER_PASSWORD.
 */
public class ReferralGenerator {

    private static final String[] TYPES = {"ONE_STOP_CARE", "MEDICAL_CARE", "POLICE_PROTECTION", "LEGAL_AID",
            "CRISIS_COUNSELLING", "SAFE_ACCOMMODATION", "PSYCHOSOCIAL_SUPPORT", "ECONOMIC_EMPOWERMENT"};
    private static final String[] SECTORS = {"HEALTH", "HEALTH", "JUSTICE_AND_POLICING", "JUSTICE_AND_POLICING",
            "SOCIAL_SERVICES", "SOCIAL_SERVICES", "SOCIAL_SERVICES", "SOCIAL_SERVICES"};
    private static final String[] STATUSES = {"SENT", "ACCEPTED", "DECLINED", "COMPLETED", "WITHDRAWN"};
    private static final double[] STATUS_WEIGHTS = {0.06, 0.12, 0.08, 0.70, 0.04};
    private static final List<String> COLUMNS = List.of("case_id", "case_organisation_id", "survivor_code", "service_id",
            "recipient_organisation_id", "service_type", "sector", "urgency", "status", "consent_id", "emergency",
            "shared_enc", "contact_enc", "decline_reason_enc", "feedback_enc", "version", "sent_by", "sent_at",
            "answered_at", "closed_at", "updated_at");

    public static void main(String[] args) throws Exception {
        var a = Gen.Args.of(args, "--url JDBC --count N [--orgs 200] --out DIR", "100000");
        int orgs = Integer.parseInt(a.opt().getOrDefault("orgs", "200"));
        var crypto = Gen.Crypto.fromEnvironment();
        try (Connection db = a.open()) {
            db.setAutoCommit(false);
            long started = System.nanoTime();
            long[][] partners = partners(db, orgs);
            db.commit();
            var bulk = new Bulk(db, a.postgres());
            double[] share = Gen.cumulative(Gen.zipf(orgs));
            var random = new SplittableRandom(42);
            Instant end = Instant.now().truncatedTo(ChronoUnit.DAYS);
            long span = ChronoUnit.SECONDS.between(end.minus(730, ChronoUnit.DAYS), end);
            List<Object[]> rows = new ArrayList<>();
            for (long i = 0; i < a.count(); i++) {
                int org = Gen.pick(share, random.nextDouble());
                rows.add(referral(crypto, partners[org], i, end.minusSeconds(random.nextLong(span)), random));
                if (rows.size() == 2_000) {
                    bulk.write("referral_referrals", COLUMNS, rows);
                    rows.clear();
                }
            }
            bulk.write("referral_referrals", COLUMNS, rows);
            db.commit();
            steps(db);
            db.commit();
            double seconds = (System.nanoTime() - started) / 1e9;
            Gen.exec(db, a.postgres() ? "ANALYZE" : "ANALYZE");
            db.commit();
            List<String> users = new ArrayList<>();
            for (long[] p : partners) {
                users.add("bench.pt." + p[0] + ".1\t" + p[0]);
            }
            Files.write(a.out().resolve("users.tsv"), users);
            Files.writeString(a.out().resolve("setup.properties"), "referrals=" + a.count() + "\norganisations=" + orgs
                    + "\nload.seconds=" + String.format("%.0f", seconds) + "\nload.rate="
                    + String.format("%.0f", a.count() / seconds) + "\nsent=" + Gen.single(db,
                    "SELECT COUNT(*) FROM referral_referrals WHERE status = 'SENT'") + "\n");
            System.out.printf("generated %d referrals to %d organisations in %.0f s%n", a.count(), orgs, seconds);
        }
    }

    /** Per organisation: its id, its service's id, its service type's index. Largest (by Zipf rank) first. */
    private static long[][] partners(Connection db, int orgs) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(Gen.env("BENCH_PARTNER_PASSWORD"));
        long[][] partners = new long[orgs][];
        for (int i = 0; i < orgs; i++) {
            String name = "Đối tác chuyển gửi " + (i + 1) + " (benchmark)";
            long org = Gen.insert(db, """
                    INSERT INTO organisations (name, name_folded, kind, active, version, created_at, updated_at)
                    VALUES (?, ?, 'HEALTH', TRUE, 0, ?, ?)""", name, VietnameseText.fold(name), now, now);
            for (int u = 1; u <= 2; u++) {
                String username = "bench.pt." + org + "." + u;
                long user = Gen.insert(db, """
                        INSERT INTO users (username, full_name, full_name_folded, organisation_id, password_hash,
                                           must_change_password, active, locked, failed_attempts, password_changed_at,
                                           version, created_at, updated_at)
                        VALUES (?, 'Đối Tác Thử', 'doi tac thu', ?, ?, FALSE, TRUE, FALSE, 0, ?, 0, ?, ?)""",
                        username, org, hash, now, now, now);
                Gen.exec(db, "INSERT INTO user_roles (user_id, role_code) VALUES (?, 'PARTNER')", user);
            }
            int type = i % TYPES.length;
            long service = Gen.insert(db, """
                    INSERT INTO referral_services (organisation_id, name, service_type, sector, province_wide, open_24h,
                        languages, eligibility, public_fields, search_key, active, version, updated_by, updated_at)
                    VALUES (?, ?, ?, ?, TRUE, TRUE, 'vi', 'ALL', '', ?, TRUE, 0, 0, ?)""",
                    org, "Dịch vụ " + (i + 1), TYPES[type], SECTORS[type], "dich vu " + (i + 1), now);
            partners[i] = new long[]{org, service, type};
        }
        return partners;
    }

    private static Object[] referral(Gen.Crypto crypto, long[] partner, long i, Instant sent, SplittableRandom r) {
        String status = Gen.pick(r, STATUSES, STATUS_WEIGHTS);
        OffsetDateTime at = OffsetDateTime.ofInstant(sent, ZoneOffset.UTC);
        OffsetDateTime answered = status.equals("SENT") || status.equals("WITHDRAWN") ? null : at.plusHours(3);
        OffsetDateTime closed = switch (status) {
            case "SENT", "ACCEPTED" -> null;
            case "COMPLETED" -> at.plusDays(5);
            default -> at.plusHours(3);
        };
        String shared = "Đồng ý chia sẻ: cần " + (i % 3 == 0 ? "khám vết thương" : "tư vấn") + ", lần " + i;
        String contact = "Liên hệ qua cán bộ phụ trách, số nội bộ " + (100 + i % 900);
        return new Object[]{1_000_000 + i / 2, 1, "BN-S-" + String.format("%07d", i / 2), partner[1], partner[0],
                TYPES[(int) partner[2]], SECTORS[(int) partner[2]], r.nextInt(5) == 0 ? "URGENT" : "ROUTINE", status,
                i, false, crypto.cipher().encrypt(shared, "referral.shared"),
                crypto.cipher().encrypt(contact, "referral.contact"),
                status.equals("DECLINED") ? crypto.cipher().encrypt("Hết chỗ", "referral.declineReason") : null,
                status.equals("COMPLETED") ? crypto.cipher().encrypt("Đã cung cấp dịch vụ", "referral.feedback") : null,
                answered == null ? 0 : (closed == null ? 1 : 2), 1, at, answered, closed,
                closed != null ? closed : (answered != null ? answered : at)};
    }

    /** The history: SENT for every referral, then the answer and the end where there are. */
    private static void steps(Connection db) throws SQLException {
        Gen.exec(db, "INSERT INTO referral_steps (referral_id, status, actor_id, at)"
                + " SELECT id, 'SENT', sent_by, sent_at FROM referral_referrals");
        Gen.exec(db, "INSERT INTO referral_steps (referral_id, status, actor_id, at)"
                + " SELECT id, CASE WHEN status = 'DECLINED' THEN 'DECLINED' ELSE 'ACCEPTED' END, NULL, answered_at"
                + " FROM referral_referrals WHERE answered_at IS NOT NULL");
        Gen.exec(db, "INSERT INTO referral_steps (referral_id, status, actor_id, at)"
                + " SELECT id, status, NULL, closed_at FROM referral_referrals"
                + " WHERE closed_at IS NOT NULL AND status IN ('COMPLETED', 'WITHDRAWN')");
    }
}
