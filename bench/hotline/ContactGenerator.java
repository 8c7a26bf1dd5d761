package hotline;

import common.Bulk;
import common.Gen;
import org.anhduong.platform.text.VietnameseText;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static common.Gen.cumulative;
import static common.Gen.gaussian;
import static common.Gen.pick;
import static common.Gen.single;

/**
 * Fills the hotline tables with N contacts (default 5,000,000: about ten years of a national line) straight through
 * JDBC, in the application's stored format: caller number, name and note encrypted with the platform's FieldCipher and
 * the number's blind index from BlindIndex, under the keys the application is started with
 * (ANHDUONG_CRYPTO_ENCRYPTION_KEYS, ANHDUONG_CRYPTO_BLIND_INDEX_KEY). PostgreSQL is loaded with COPY, H2 with
 * multi-row INSERTs. The schema must exist (start the application once) and hotline_contacts must be empty.
 *
 * <p>First it creates what the contacts refer to, with the same statements as identity's and hotline's repositories
 * (this branch has no API for users): an organisation, counsellor accounts (password BENCH_COUNSELLOR_PASSWORD) and two
 * lines. Then contacts in time order over the years, with the rhythm of a day and a week and a line that grows: ~70 %
 * non-data contacts, ~30 % data contacts with categories (GBV-related flags derived from the category tree as the
 * application does), ~10 % withheld numbers, and numbers drawn from a pool where a few hundred numbers call very often
 * (Zipf) and most call once or twice. Fixed seed: the same arguments give the same data, except the ciphertexts and
 * the dates, which end yesterday.
 *
 * <p>Communes (the locality of about 70 % of data contacts): by default any of the country's current communes, evenly.
 * With --localities-province P, only province P's current communes (a provincial line, such as Quảng Ninh's, code 22),
 * unevenly as a province's calls are: Zipf weights (1/rank) in the order of the official codes, which list the
 * provincial city's wards first, so the busiest commune has about a fifth of them.
 *
 * <p>Writes to --out: setup.properties (ids, counts, distribution figures, a number and a count for checking) and
 * callers.tsv (numbers drawn like real callers, for the load runs). All data is invented.
 *
 * <p>Run: java -cp EXTRACTED/anhduong-*.jar bench/hotline/ContactGenerator.java --url JDBC_URL [--user U]
 * [--password P] [--count N] [--out DIR] [--seed S] [--counsellors 40] [--samples 200000] [--localities-province P]
 */
public class ContactGenerator {

    // The application's contexts (org.anhduong.hotline.internal.HotlineColumns); the checks in bench/hotline.sh fail
    // if they ever drift apart, because the application would then not find or not decrypt these rows.
    static final String PHONE = "hotline.contact.callerPhone";
    static final String PHONE_INDEX = "hotline.contact.callerPhone";
    static final String NAME = "hotline.contact.callerName";
    static final String SUMMARY = "hotline.contact.summary";

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String ORGANISATION = "Tổng đài hỗ trợ nạn nhân bạo lực (benchmark)";

    static final List<String> COLUMNS = List.of("id", "line_id", "channel", "direction", "received_at", "answered_at",
            "ended_at", "counsellor_id", "organisation_id", "caller_phone_enc", "phone_bidx", "caller_phone_withheld",
            "caller_name_enc", "caller_relation", "caller_sex", "caller_age_group", "concerned_sex",
            "concerned_age_group", "locality_code", "contact_type", "gbv_related", "self_harm", "urgency", "services",
            "outcome", "summary_enc", "do_not_call_back", "call_back_from", "call_back_to", "case_requested", "version",
            "created_at", "updated_at");
    /** Columns generated as microseconds since the epoch, written as timestamps. */
    static final int[] TIMESTAMPS = {COLUMNS.indexOf("received_at"), COLUMNS.indexOf("answered_at"),
            COLUMNS.indexOf("ended_at"), COLUMNS.indexOf("created_at"), COLUMNS.indexOf("updated_at")};

    /** The migration whose backfill gives the numbers' totals, exactly as the application keeps them. */
    static final String CALLER_TOTALS_MIGRATION = "db/migration/V5_4__caller_totals.sql";

    public static void main(String[] args) throws Exception {
        var args0 = Gen.Args.of(args, "--url JDBC_URL [--user U] [--password P] [--count N] [--out DIR] [--seed S]"
                + " [--counsellors C] [--samples K] [--localities-province P]", "5000000");
        Map<String, String> opt = args0.opt();
        boolean postgres = args0.postgres();
        long count = args0.count();
        Path out = args0.out();
        var crypto = Gen.Crypto.fromEnvironment();
        try (Connection db = args0.open()) {
            long empty = single(db, "SELECT COUNT(*) FROM hotline_contacts");
            if (empty != 0) {
                throw new IllegalStateException("hotline_contacts already holds " + empty
                        + " rows: use a fresh database");
            }
            var world = Setup.create(db, Gen.env("BENCH_COUNSELLOR_PASSWORD"),
                    Integer.parseInt(opt.getOrDefault("counsellors", "40")), opt.get("localities-province"));
            var gen = new Generation(count, Long.parseLong(opt.getOrDefault("seed", "20260301")), world, crypto);
            long t0 = System.nanoTime();
            long written = load(new Bulk(db, postgres), gen);
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            finish(db, postgres, gen.lastId);
            double finishSeconds = (System.nanoTime() - t1) / 1e9;
            gen.stats.write(out, world, written, loadSeconds, finishSeconds, gen.checkContactId);
            gen.writeCallers(out.resolve("callers.tsv"), Integer.parseInt(opt.getOrDefault("samples", "200000")));
            System.out.printf("generated %d contacts (%d category rows) in %.1f s: %.0f contacts/s; indexes and"
                    + " statistics %.1f s%n", written, gen.stats.categoryRows, loadSeconds, written / loadSeconds,
                    finishSeconds);
        }
    }

    /** Writes the contacts and their categories, a transaction a batch, while another thread generates them. */
    static long load(Bulk bulk, Generation gen) throws Exception {
        long firstId = single(bulk.db(), "SELECT COALESCE(MAX(id), 0) FROM hotline_contacts") + 1;
        long written = bulk.<List<Row>>pipeline("contacts", sink -> gen.produce(firstId, sink),
                batch -> write(bulk, batch), List::size);
        if (written != gen.count) {
            throw new IllegalStateException("wrote " + written + " of " + gen.count + " contacts");
        }
        return written;
    }

    static void write(Bulk bulk, List<Row> batch) throws SQLException {
        List<Object[]> contacts = new ArrayList<>(batch.size());
        List<Object[]> categories = new ArrayList<>(batch.size());
        for (Row row : batch) {
            Object[] v = row.values();
            for (int column : TIMESTAMPS) {
                v[column] = v[column] == null ? null
                        : OffsetDateTime.ofInstant(Instant.EPOCH.plusNanos((Long) v[column] * 1000), ZoneOffset.UTC);
            }
            contacts.add(v);
            for (String code : row.categories()) {
                categories.add(new Object[] {v[0], code});
            }
        }
        bulk.write("hotline_contacts", COLUMNS, contacts);
        bulk.write("hotline_contact_categories", List.of("contact_id", "category_code"), categories);
    }

    /**
     * The numbers' totals as the application keeps them (one row per number, V5_4__caller_totals.sql); the identity
     * counter moves past the loaded ids; fresh statistics (and, on PostgreSQL, the visibility map).
     */
    static void finish(Connection db, boolean postgres, long lastId) throws SQLException {
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute(callerTotalsBackfill());
            if (postgres) {
                s.execute("SELECT setval(pg_get_serial_sequence('hotline_contacts', 'id'), " + lastId + ")");
                s.execute("VACUUM ANALYZE hotline_contacts");
                s.execute("VACUUM ANALYZE hotline_contact_categories");
                s.execute("VACUUM ANALYZE hotline_caller_totals");
            } else {
                s.execute("ALTER TABLE hotline_contacts ALTER COLUMN id RESTART WITH " + (lastId + 1));
                s.execute("ANALYZE");
                // Rewrites the file without the space freed while loading: the size an H2 file has after its years
                // of use and the compaction at each close. Closes the database, so it comes last.
                s.execute("SHUTDOWN COMPACT");
            }
        }
    }

    /** The migration's INSERT … SELECT … GROUP BY, read from the application's classes. */
    static String callerTotalsBackfill() {
        try (var in = ContactGenerator.class.getClassLoader().getResourceAsStream(CALLER_TOTALS_MIGRATION)) {
            if (in == null) {
                throw new IllegalStateException(CALLER_TOTALS_MIGRATION + " is not on the class path");
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int start = sql.indexOf("INSERT INTO hotline_caller_totals");
            return sql.substring(start, sql.indexOf(';', start));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // What the contacts refer to

    record Counsellor(long id, String username, int fromDay, int toDay) {
    }

    record Category(String code, String parent, boolean gbv, boolean selfHarm) {
    }

    /** @param localityWeights cumulative weights of the localities, or null when they are drawn evenly */
    record World(long organisationId, long mainLine, long childLine, List<Counsellor> counsellors,
                 Map<String, Category> categories, String[] localities, double[] localityWeights) {

        String locality(SplittableRandom r) {
            return localityWeights == null ? localities[r.nextInt(localities.length)]
                    : localities[pick(localityWeights, r.nextDouble())];
        }

        boolean flagged(String code, boolean gbv) {
            Category c = categories.get(code);
            for (int depth = 0; c != null && depth < 32; depth++) {
                if (gbv ? c.gbv() : c.selfHarm()) {
                    return true;
                }
                c = c.parent() == null ? null : categories.get(c.parent());
            }
            return false;
        }
    }

    static final class Setup {

        static World create(Connection db, String password, int counsellorCount, String province)
                throws SQLException {
            db.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            long org = Gen.insert(db, """
                    INSERT INTO organisations (name, name_folded, kind, parent_id, phone, email, address, active, version,
                                               created_at, updated_at)
                    VALUES (?, ?, 'SOCIAL_WORK_CENTRE', NULL, NULL, NULL, NULL, TRUE, 0, ?, ?)""",
                    ORGANISATION, VietnameseText.fold(ORGANISATION), now, now);
            // One hash for all: bcrypt at cost 10 takes ~0.1 s, and the accounts only differ by name.
            String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password);
            List<Counsellor> counsellors = new ArrayList<>();
            int days = Generation.DAYS;
            for (int c = 0; c < counsellorCount; c++) {
                String username = String.format("bench.tvv%02d", c + 1);
                String name = Names.full(new SplittableRandom(c));
                long id = Gen.insert(db, """
                        INSERT INTO users (username, full_name, full_name_folded, email_enc, phone_enc, organisation_id,
                                           password_hash, must_change_password, active, locked, failed_attempts,
                                           password_changed_at, version, created_at, updated_at)
                        VALUES (?, ?, ?, NULL, NULL, ?, ?, FALSE, TRUE, FALSE, 0, ?, 0, ?, ?)""",
                        username, name, VietnameseText.fold(name), org, hash, now, now, now);
                Gen.exec(db, "INSERT INTO user_roles (user_id, role_code) VALUES (?, 'HOTLINE_COUNSELLOR')", id);
                // Staggered four-year stints: 7 to 17 counsellors on duty on any day of the ten years.
                int from = (int) ((long) c * days / counsellorCount) - 730;
                counsellors.add(new Counsellor(id, username, from, from + 1460));
            }
            long main = Gen.insert(db, """
                    INSERT INTO hotline_lines (number, number_digits, name, organisation_id, active, version, created_at,
                                               updated_at)
                    VALUES ('1800 1769', '18001769', 'Đường dây nóng hỗ trợ nạn nhân bạo lực', ?, TRUE, 0, ?, ?)""",
                    org, now, now);
            long child = Gen.insert(db, """
                    INSERT INTO hotline_lines (number, number_digits, name, organisation_id, active, version, created_at,
                                               updated_at)
                    VALUES ('111', '111', 'Tổng đài quốc gia bảo vệ trẻ em 111', ?, TRUE, 0, ?, ?)""", org, now, now);
            db.commit();
            Map<String, Category> categories = new LinkedHashMap<>();
            try (Statement s = db.createStatement();
                 ResultSet rs = s.executeQuery("SELECT code, parent_code, gbv, self_harm FROM hotline_categories")) {
                while (rs.next()) {
                    categories.put(rs.getString(1), new Category(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                            rs.getBoolean(4)));
                }
            }
            List<String> localities = new ArrayList<>();
            try (var ps = db.prepareStatement("SELECT code FROM localities WHERE level = 'COMMUNE' AND valid_to IS NULL"
                    + (province == null ? "" : " AND parent_code = ?") + " ORDER BY code")) {
                if (province != null) {
                    ps.setString(1, province);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        localities.add(rs.getString(1));
                    }
                }
            }
            db.commit();
            if (province != null && localities.isEmpty()) {
                throw new IllegalArgumentException("no current communes in province " + province);
            }
            return new World(org, main, child, counsellors, categories, localities.toArray(String[]::new),
                    province == null ? null : Gen.zipf(localities.size()));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Who calls: a pool of numbers in three bands

    /**
     * Pool indexes map one-to-one to numbers. Band "heavy": 300 numbers drawing 5 % of the numbered contacts with Zipf
     * weights (at 5 million contacts the top number has ~34,000: nine a day for ten years); band "repeat": N/50 numbers
     * drawing 20 % (about ten contacts each: people in an ongoing situation); band "once": 0.4 N numbers drawing the
     * other 75 % (1.6 contacts per number on average, so most call once or twice, and a fifth of them never have: a
     * first call).
     */
    static final class Callers {

        static final int HEAVY = 300;
        static final double HEAVY_SHARE = 0.05;
        static final double REPEAT_SHARE = 0.20;

        final long repeat;
        final long once;
        final double[] zipf = Gen.zipf(HEAVY);

        Callers(long contacts) {
            repeat = Math.max(1_000, contacts / 50);
            once = Math.max(10_000, contacts * 2 / 5);
        }

        long size() {
            return HEAVY + repeat + once;
        }

        /** A pool index drawn like a real caller. */
        long draw(SplittableRandom random) {
            double band = random.nextDouble();
            if (band < HEAVY_SHARE) {
                int r = Arrays.binarySearch(zipf, random.nextDouble());
                return r >= 0 ? r : Math.min(HEAVY - 1, -r - 1);
            }
            if (band < HEAVY_SHARE + REPEAT_SHARE) {
                return HEAVY + random.nextLong(repeat);
            }
            return HEAVY + repeat + random.nextLong(once);
        }

        String band(long index) {
            return index < HEAVY ? "heavy" : index < HEAVY + repeat ? "repeat" : "once";
        }

        static String e164(long index) {
            return Gen.e164(index);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The contacts

    record Row(Object[] values, List<String> categories) {
    }

    static final class Generation {

        static final int DAYS = 3652;
        static final int BATCH = 10_000;
        /** Vietnam local hours 0..23: quiet nights, a morning and an evening peak. */
        static final double[] HOURS = {0.8, 0.5, 0.4, 0.3, 0.3, 0.5, 1.5, 3.0, 5.5, 6.5, 6.5, 5.5, 4.0, 4.5, 5.5, 5.5,
                5.0, 4.5, 4.0, 4.5, 5.0, 4.5, 3.0, 1.8};
        /** Monday..Sunday. */
        static final double[] WEEKDAYS = {1.06, 1.02, 1.0, 1.0, 0.98, 0.94, 0.9};

        final long count;
        final long seed;
        final World world;
        final Gen.Crypto crypto;
        final Callers callers;
        final Stats stats;
        final LocalDate firstDay;
        final double[] hourCumulative = cumulative(HOURS);
        long lastId;
        /** A data contact with a name and a note, for checking that the application decrypts what was written. */
        long checkContactId;

        Generation(long count, long seed, World world, Gen.Crypto crypto) {
            this.count = count;
            this.seed = seed;
            this.world = world;
            this.crypto = crypto;
            this.callers = new Callers(count);
            this.stats = new Stats(callers);
            // Ten years up to yesterday (Vietnam time): nothing lies in the future.
            this.firstDay = LocalDate.now(VIETNAM).minusDays(DAYS);
        }

        /** Produces batches of rows in time order on this thread into the queue; an empty batch marks the end. */
        void produce(long firstId, Bulk.Sink<List<Row>> queue) throws InterruptedException {
            var random = new SplittableRandom(seed);
            double[] dayWeights = new double[DAYS];
            double total = 0;
            for (int d = 0; d < DAYS; d++) {
                LocalDate day = firstDay.plusDays(d);
                double growth = 0.6 + 0.8 * d / DAYS; // the line becomes known: 0.6x to 1.4x
                double tet = day.getMonthValue() == 2 && day.getDayOfMonth() <= 10 ? 0.8 : 1.0;
                dayWeights[d] = growth * WEEKDAYS[day.getDayOfWeek().getValue() - 1] * tet;
                total += dayWeights[d];
            }
            long id = firstId;
            double cumulative = 0;
            long before = 0;
            List<Row> batch = new ArrayList<>(BATCH);
            for (int d = 0; d < DAYS; d++) {
                cumulative += dayWeights[d];
                long upTo = d == DAYS - 1 ? count : (long) Math.floor(count * cumulative / total);
                int today = (int) (upTo - before);
                before = upTo;
                long[] micros = new long[today];
                long dayStart = firstDay.plusDays(d).atStartOfDay(VIETNAM).toEpochSecond();
                for (int i = 0; i < today; i++) {
                    int hour = pick(hourCumulative, random.nextDouble());
                    micros[i] = dayStart * 1_000_000L + (hour * 3600L + random.nextInt(3600)) * 1_000_000L
                            + random.nextInt(1000) * 1000L;
                }
                Arrays.sort(micros);
                List<Counsellor> onDuty = onDuty(d);
                for (long at : micros) {
                    batch.add(contact(id++, at, random, onDuty));
                    if (batch.size() == BATCH) {
                        queue.put(batch);
                        batch = new ArrayList<>(BATCH);
                    }
                }
            }
            if (!batch.isEmpty()) {
                queue.put(batch);
            }
            lastId = id - 1;
        }

        private List<Counsellor> onDuty(int day) {
            List<Counsellor> on = world.counsellors().stream()
                    .filter(c -> c.fromDay() <= day && day < c.toDay()).toList();
            return on.isEmpty() ? world.counsellors() : on;
        }

        private Row contact(long id, long receivedMicros, SplittableRandom r, List<Counsellor> onDuty) {
            Object[] v = new Object[COLUMNS.size()];
            v[0] = id;
            String channel = channel(r);
            boolean phoneChannel = switch (channel) {
                case "PHONE", "SMS", "ZALO", "TRANSFER_111", "TRANSFER_OTHER_HOTLINE" -> true;
                default -> false;
            };
            v[1] = channel.equals("PHONE") || channel.equals("SMS")
                    ? (r.nextDouble() < 0.8 ? world.mainLine() : world.childLine()) : null;
            boolean withheld = channel.equals("PHONE") && r.nextDouble() < 0.115;
            long caller = phoneChannel && !withheld ? callers.draw(r) : -1;
            String type = type(r, caller >= 0 && caller < Callers.HEAVY);
            boolean data = type.equals("ABOUT_SELF") || type.equals("ABOUT_OTHER");
            v[3] = data && caller >= 0 && r.nextDouble() < 0.04 ? "CALL_BACK" : "INCOMING";
            v[2] = channel;
            long received = receivedMicros;
            Long answered = null;
            Long ended = null;
            boolean live = channel.equals("PHONE") || channel.equals("ZALO") || channel.startsWith("TRANSFER")
                    || channel.equals("WALK_IN") || channel.equals("WEB_CHAT");
            if (type.equals("MISSED")) {
                ended = received + (15 + r.nextInt(45)) * 1_000_000L;
            } else if (live) {
                answered = received + (3 + r.nextInt(35)) * 1_000_000L;
                ended = answered + talkSeconds(type, r) * 1_000_000L;
            }
            v[4] = received;
            v[5] = answered;
            v[6] = ended;
            v[7] = onDuty.get(r.nextInt(onDuty.size())).id();
            v[8] = world.organisationId();
            if (caller >= 0) {
                String phone = Callers.e164(caller);
                v[9] = crypto.cipher().encrypt(phone, PHONE);
                v[10] = crypto.index().of(PHONE_INDEX, phone);
            }
            v[11] = withheld;
            List<String> categories = List.of();
            boolean gbv = false;
            boolean selfHarm = false;
            String urgency = "ROUTINE";
            String services = "";
            String outcome = null;
            boolean doNotCallBack = false;
            boolean caseRequested = false;
            if (data) {
                boolean self = type.equals("ABOUT_SELF");
                v[12] = r.nextDouble() < 0.15 ? crypto.cipher().encrypt(Names.full(r), NAME) : null;
                v[13] = self ? "SELF" : pick(r, RELATIONS, RELATION_WEIGHTS);
                v[14] = pick(r, SEXES, CALLER_SEX_WEIGHTS);
                v[15] = pick(r, AGES, CALLER_AGE_WEIGHTS);
                v[16] = self ? null : pick(r, SEXES, CONCERNED_SEX_WEIGHTS);
                v[17] = self ? null : pick(r, AGES, CONCERNED_AGE_WEIGHTS);
                v[18] = world.localities().length > 0 && r.nextDouble() < 0.7 ? world.locality(r) : null;
                categories = categories(r);
                gbv = categories.stream().anyMatch(c -> world.flagged(c, true));
                selfHarm = categories.stream().anyMatch(c -> world.flagged(c, false));
                double u = r.nextDouble();
                urgency = gbv || selfHarm ? (u < 0.08 ? "DANGER_TO_LIFE" : u < 0.35 ? "URGENT" : "ROUTINE")
                        : (u < 0.005 ? "DANGER_TO_LIFE" : u < 0.05 ? "URGENT" : "ROUTINE");
                services = services(r, gbv || selfHarm);
                outcome = outcome(r, gbv);
                doNotCallBack = gbv ? r.nextDouble() < 0.12 : r.nextDouble() < 0.005;
                caseRequested = gbv && ("CASE_OPENED".equals(outcome) || r.nextDouble() < 0.1);
                v[25] = r.nextDouble() < 0.85 ? crypto.cipher().encrypt(Summaries.of(r, gbv, selfHarm), SUMMARY) : null;
                if (checkContactId == 0 && v[12] != null && v[25] != null) {
                    checkContactId = id;
                }
                if (!doNotCallBack && "CALL_BACK_SCHEDULED".equals(outcome)) {
                    int from = 8 + r.nextInt(11);
                    v[27] = LocalTime.of(from, 0);
                    v[28] = LocalTime.of(from + 2, 0);
                }
            } else if (type.equals("PRANK_OR_ABUSIVE") || type.equals("INFORMATION_ONLY")) {
                v[14] = pick(r, SEXES, CALLER_SEX_WEIGHTS);
                if (type.equals("INFORMATION_ONLY")) {
                    services = "INFORMATION";
                    outcome = r.nextDouble() < 0.6 ? "RESOLVED" : null;
                }
            }
            v[19] = type;
            v[20] = gbv;
            v[21] = selfHarm;
            v[22] = urgency;
            v[23] = services;
            v[24] = outcome;
            v[26] = doNotCallBack;
            v[29] = caseRequested;
            v[30] = 0;
            long saved = ended == null ? received + 60_000_000L
                    : ended + (data ? (60 + r.nextInt(600)) * 1_000_000L : 0);
            v[31] = saved;
            v[32] = saved;
            stats.add(caller, withheld, type, data, gbv, categories.size());
            return new Row(v, categories);
        }

        private static String channel(SplittableRandom r) {
            return pick(r, CHANNELS, CHANNEL_WEIGHTS);
        }

        private static String type(SplittableRandom r, boolean heavyCaller) {
            return heavyCaller ? pick(r, TYPES, HEAVY_TYPE_WEIGHTS) : pick(r, TYPES, TYPE_WEIGHTS);
        }

        private static long talkSeconds(String type, SplittableRandom r) {
            return switch (type) {
                case "SILENT", "HANG_UP" -> 3 + r.nextInt(40);
                case "WRONG_NUMBER", "TEST" -> 5 + r.nextInt(30);
                case "PRANK_OR_ABUSIVE" -> 10 + r.nextInt(170);
                case "THANK_YOU" -> 30 + r.nextInt(150);
                case "INFORMATION_ONLY" -> 60 + r.nextInt(420);
                // Data contacts: log-normal around ten minutes, up to about an hour.
                default -> Math.min(5400, (long) (600 * Math.exp(0.7 * gaussian(r))));
            };
        }

        private List<String> categories(SplittableRandom r) {
            String first = pick(r, CATEGORIES, CATEGORY_WEIGHTS);
            if (r.nextDouble() < 0.25) {
                String second = pick(r, CATEGORIES, CATEGORY_WEIGHTS);
                if (!second.equals(first)) {
                    return List.of(first, second);
                }
            }
            return List.of(first);
        }

        private static String services(SplittableRandom r, boolean serious) {
            List<String> given = new ArrayList<>();
            if (r.nextDouble() < 0.7) {
                given.add("INFORMATION");
            }
            if (r.nextDouble() < (serious ? 0.8 : 0.5)) {
                given.add("PSYCHOLOGICAL_COUNSELLING");
            }
            if (r.nextDouble() < 0.2) {
                given.add("LEGAL_COUNSELLING");
            }
            if (serious && r.nextDouble() < 0.4) {
                given.add("SAFETY_PLANNING");
            }
            if (serious && r.nextDouble() < 0.04) {
                given.add("EMERGENCY_DISPATCH");
            }
            if (r.nextDouble() < (serious ? 0.35 : 0.1)) {
                given.add("REFERRAL");
            }
            return String.join(",", given); // already in enum order
        }

        private static String outcome(SplittableRandom r, boolean gbv) {
            return gbv ? pick(r, OUTCOMES, GBV_OUTCOME_WEIGHTS) : pick(r, OUTCOMES, OUTCOME_WEIGHTS);
        }

        /** Numbers drawn like callers, tagged with their band, for the lookup and save runs. */
        void writeCallers(Path file, int samples) throws IOException {
            var random = new SplittableRandom(seed + 1);
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int i = 0; i < samples; i++) {
                    long index = callers.draw(random);
                    w.write(callers.band(index) + "\t" + Callers.e164(index) + "\t" + stats.count(index) + "\n");
                }
            }
        }
    }

    static final String[] CHANNELS = {"PHONE", "SMS", "ZALO", "WEB_CHAT", "EMAIL", "WALK_IN", "LETTER", "TRANSFER_111",
            "TRANSFER_OTHER_HOTLINE", "AUTHORITY_HANDOVER"};
    static final double[] CHANNEL_WEIGHTS = {87.5, 2.0, 4.5, 2.0, 0.6, 0.5, 0.1, 2.0, 0.4, 0.4};
    static final String[] TYPES = {"ABOUT_SELF", "ABOUT_OTHER", "SILENT", "HANG_UP", "MISSED", "PRANK_OR_ABUSIVE",
            "WRONG_NUMBER", "INFORMATION_ONLY", "THANK_YOU", "TEST"};
    static final double[] TYPE_WEIGHTS = {18.5, 12.5, 17, 15, 10, 7, 6, 9.5, 2.5, 2};
    static final double[] HEAVY_TYPE_WEIGHTS = {8, 1, 28, 22, 5, 28, 0, 5, 3, 0};
    static final String[] RELATIONS = {"PARENT_OR_RELATIVE", "PARTNER", "NEIGHBOUR", "FRIEND", "CHILD", "PROFESSIONAL",
            "AUTHORITY", "ANONYMOUS"};
    static final double[] RELATION_WEIGHTS = {40, 8, 15, 12, 6, 8, 3, 8};
    static final String[] SEXES = {"FEMALE", "MALE", "OTHER", "UNKNOWN"};
    static final double[] CALLER_SEX_WEIGHTS = {64, 30, 0.5, 5.5};
    static final double[] CONCERNED_SEX_WEIGHTS = {62, 30, 0.5, 7.5};
    static final String[] AGES = {"AGE_0_5", "AGE_6_11", "AGE_12_15", "AGE_16_17", "AGE_18_24", "AGE_25_59",
            "AGE_60_PLUS", "UNKNOWN"};
    static final double[] CALLER_AGE_WEIGHTS = {0, 1, 6, 6, 17, 55, 7, 8};
    static final double[] CONCERNED_AGE_WEIGHTS = {5, 14, 18, 9, 12, 30, 6, 6};
    /** Leaves and roots a counsellor picks; about 12 % of data contacts GBV-related, so ~3.6 % of all contacts. */
    static final String[] CATEGORIES = {"FAMILY_RELATIONS", "MENTAL_HEALTH_DISTRESS", "MENTAL_HEALTH_SUICIDAL",
            "MENTAL_HEALTH_SELF_HARM", "LEGAL_QUESTIONS", "ACCESS_TO_SERVICES", "OTHER", "CHILD_PHYSICAL_ABUSE",
            "CHILD_SEXUAL_ABUSE", "CHILD_EMOTIONAL_ABUSE", "CHILD_NEGLECT", "DV_PHYSICAL", "DV_PSYCHOLOGICAL",
            "DV_SEXUAL", "DV_ECONOMIC", "DV_NEGLECT", "GBV_RAPE", "GBV_SEXUAL_ASSAULT", "GBV_PHYSICAL_ASSAULT",
            "GBV_FORCED_MARRIAGE", "GBV_DENIAL_OF_RESOURCES", "GBV_PSYCHOLOGICAL_ABUSE", "SEXUAL_HARASSMENT",
            "SEXUAL_HARASSMENT_ONLINE", "TRAFFICKING_SEXUAL", "TRAFFICKING_LABOUR", "TRAFFICKING_MARRIAGE",
            "TRAFFICKING_ONLINE_SCAM"};
    static final double[] CATEGORY_WEIGHTS = {26, 15, 1.2, 0.8, 15, 10, 11, 2.5, 1.5, 2, 2, 2.6, 2.2, 0.4, 0.6, 0.3,
            0.25, 0.3, 0.4, 0.2, 0.3, 0.4, 0.6, 0.4, 0.15, 0.2, 0.1, 0.2};
    static final String[] OUTCOMES = {"RESOLVED", "CALL_BACK_SCHEDULED", "REFERRED", "CASE_OPENED", "LINKED_TO_CASE",
            "EMERGENCY_SUPPORT_STARTED"};
    static final double[] OUTCOME_WEIGHTS = {72, 10, 12, 3, 2.5, 0.5};
    static final double[] GBV_OUTCOME_WEIGHTS = {25, 18, 25, 20, 8, 4};

    // ---------------------------------------------------------------------------------------------------------------
    // Invented personal text

    static final class Names {
        static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
                "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
        static final String[] MIDDLE = {"Thị", "Văn", "Minh", "Ngọc", "Thu", "Hồng", "Đức", "Thanh", "Quốc", "Kim"};
        static final String[] GIVEN = {"Lan", "Hương", "Mai", "Hoa", "Linh", "Trang", "Hà", "Nga", "Hùng", "Dũng",
                "Tuấn", "Nam", "An", "Bình", "Phương", "Thảo", "Yến", "Quỳnh", "Hạnh", "Tâm"};

        static String full(SplittableRandom r) {
            return FAMILY[r.nextInt(FAMILY.length)] + " " + MIDDLE[r.nextInt(MIDDLE.length)] + " "
                    + GIVEN[r.nextInt(GIVEN.length)];
        }
    }

    static final class Summaries {
        static final String[] OPENING = {"Người gọi chia sẻ tình trạng kéo dài nhiều tháng.",
                "Chị gọi khi đang ở nhà người quen.", "Người gọi lo lắng và khóc trong lúc nói chuyện.",
                "Cuộc gọi bị gián đoạn một lần rồi người gọi gọi lại.", "Người gọi là hàng xóm, nghe thấy tiếng la hét.",
                "Em học sinh gọi sau giờ học, nói nhỏ vì sợ người nhà nghe thấy."};
        static final String[] VIOLENCE = {"Chồng thường xuyên đánh đập khi say rượu, có vết bầm ở tay.",
                "Bị kiểm soát tiền bạc, không được đi làm, bị cấm liên lạc với gia đình đẻ.",
                "Bị người quen quấy rối qua tin nhắn và mạng xã hội.",
                "Được hứa hẹn việc làm lương cao ở nước ngoài, giấy tờ bị giữ lại.",
                "Bị chửi mắng, đe dọa đuổi ra khỏi nhà cùng hai con nhỏ."};
        static final String[] OTHER = {"Hỏi thủ tục ly hôn và quyền nuôi con.", "Căng thẳng kéo dài vì mâu thuẫn với mẹ chồng.",
                "Hỏi nơi nhận hỗ trợ tâm lý gần nhà.", "Con đi học về có biểu hiện sợ hãi, không muốn đến trường.",
                "Mất ngủ, lo âu sau khi mất việc."};
        static final String[] ACTION = {"Tư vấn viên lắng nghe, trấn an và giải thích quyền của người gọi.",
                "Đã cùng xây dựng kế hoạch an toàn: số điện thoại khẩn cấp, nơi tạm lánh, giấy tờ cần mang theo.",
                "Giới thiệu đến trung tâm trợ giúp pháp lý của tỉnh.", "Hẹn gọi lại vào khung giờ an toàn người gọi chọn.",
                "Đề nghị mở hồ sơ quản lý ca, người gọi đồng ý.", "Cung cấp thông tin về nhà tạm lánh và cách liên hệ công an xã."};

        static String of(SplittableRandom r, boolean gbv, boolean selfHarm) {
            StringBuilder s = new StringBuilder(OPENING[r.nextInt(OPENING.length)]);
            String[] facts = gbv ? VIOLENCE : OTHER;
            int first = r.nextInt(facts.length);
            int more = r.nextInt(3);
            for (int i = 0; i <= more; i++) {
                s.append(' ').append(facts[(first + i) % facts.length]);
            }
            if (selfHarm) {
                s.append(" Có ý nghĩ tự làm hại bản thân; đã đánh giá mức độ nguy cơ.");
            }
            int action = r.nextInt(ACTION.length);
            s.append(' ').append(ACTION[action]);
            if (r.nextBoolean()) {
                s.append(' ').append(ACTION[(action + 1) % ACTION.length]);
            }
            return s.toString();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Figures about the generated data

    static final class Stats {
        final Callers callers;
        final int[] perNumber;
        long withheld;
        long noNumber;
        long data;
        long gbv;
        long categoryRows;
        final Map<String, Long> types = new HashMap<>();

        Stats(Callers callers) {
            this.callers = callers;
            this.perNumber = new int[(int) callers.size()];
        }

        void add(long caller, boolean withheldNumber, String type, boolean dataContact, boolean gbvRelated, int cats) {
            if (caller >= 0) {
                perNumber[(int) caller]++;
            } else if (withheldNumber) {
                withheld++;
            } else {
                noNumber++;
            }
            if (dataContact) {
                data++;
            }
            if (gbvRelated) {
                gbv++;
            }
            categoryRows += cats;
            types.merge(type, 1L, Long::sum);
        }

        int count(long index) {
            return perNumber[(int) index];
        }

        void write(Path out, World world, long written, double loadSeconds, double finishSeconds, long checkContact)
                throws IOException {
            long distinct = 0;
            long onceOrTwice = 0;
            long atLeast100 = 0;
            long top = -1;
            int[] sorted = perNumber.clone();
            for (int i = 0; i < perNumber.length; i++) {
                int n = perNumber[i];
                if (n > 0) {
                    distinct++;
                }
                if (n == 1 || n == 2) {
                    onceOrTwice++;
                }
                if (n >= 100) {
                    atLeast100++;
                }
                if (top < 0 || n > perNumber[(int) top]) {
                    top = i;
                }
            }
            Arrays.sort(sorted);
            var p = new LinkedHashMap<String, Object>();
            p.put("organisation.id", world.organisationId());
            p.put("line.main", world.mainLine());
            p.put("line.child", world.childLine());
            p.put("counsellors", String.join(",", world.counsellors().stream().map(Counsellor::username).toList()));
            List<String> some = new ArrayList<>();
            for (int i = 0; i < world.localities().length; i += Math.max(1, world.localities().length / 200)) {
                some.add(world.localities()[i]);
            }
            p.put("localities", String.join(",", some));
            p.put("contacts", written);
            p.put("load.seconds", String.format("%.1f", loadSeconds));
            p.put("load.rate", String.format("%.0f", written / loadSeconds));
            p.put("finish.seconds", String.format("%.1f", finishSeconds));
            p.put("category.rows", categoryRows);
            p.put("share.data", Gen.percent(data, written));
            p.put("share.gbv", Gen.percent(gbv, written));
            p.put("share.withheld", Gen.percent(withheld, written));
            p.put("share.noNumber", Gen.percent(noNumber, written));
            p.put("numbers.distinct", distinct);
            p.put("numbers.onceOrTwice", Gen.percent(onceOrTwice, distinct));
            p.put("numbers.atLeast100", atLeast100);
            p.put("numbers.top5", String.format("%d,%d,%d,%d,%d", sorted[sorted.length - 1], sorted[sorted.length - 2],
                    sorted[sorted.length - 3], sorted[sorted.length - 4], sorted[sorted.length - 5]));
            p.put("numbers.median.heavy", sorted.length > 0 ? medianOfBand(0, Callers.HEAVY) : 0);
            p.put("check.phone", Callers.e164(top));
            p.put("check.count", perNumber[(int) top]);
            p.put("check.contact", checkContact);
            p.put("types", types.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + Gen.percent(e.getValue(), written)).toList().toString());
            StringBuilder s = new StringBuilder("# Written by bench/hotline/ContactGenerator.java\n");
            p.forEach((k, v) -> s.append(k).append('=').append(v).append('\n'));
            Files.writeString(out.resolve("setup.properties"), s.toString(), StandardCharsets.UTF_8);
            System.out.print(s);
        }

        private int medianOfBand(int from, int to) {
            int[] band = Arrays.copyOfRange(perNumber, from, to);
            Arrays.sort(band);
            return band[band.length / 2];
        }
    }
}
