package casework;

import casework.Staff.Member;
import casework.Staff.Org;
import casework.Staff.World;
import common.Bulk;
import common.Gen;
import org.anhduong.platform.text.VietnameseText;
import org.anhduong.platform.time.PartialDate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static common.Gen.gaussian;
import static common.Gen.pick;

/**
 * The cases, in time order over ten years up to yesterday, each with its own client row (as the application opens
 * them), the client's phones and name tokens, companions and, for cases from the hotline, linked contact ids. Stored
 * as the application stores them: personal fields encrypted with FieldCipher and indexed with BlindIndex under
 * casework's contexts, name tokens folded as ClientRules folds them. Ids are assigned here, from 1.
 */
final class CaseRows {

    // The application's contexts (org.anhduong.casework.internal.CaseworkColumns); the checks in bench/casework.sh
    // fail if they ever drift apart, because the application would then not find or not decrypt these rows.
    static final String FULL_NAME = "casework.client.fullName";
    static final String OTHER_NAMES = "casework.client.otherNames";
    static final String DATE_OF_BIRTH = "casework.client.dateOfBirth";
    static final String ID_NUMBER = "casework.client.idNumber";
    static final String ADDRESS = "casework.client.address";
    static final String PHONE = "casework.client.phone";
    static final String COMPANION_NAME = "casework.companion.name";
    static final String NAME_INDEX = "casework.client.name";
    static final String TOKEN_INDEX = "casework.client.nameToken";
    static final String ID_INDEX = "casework.client.idNumber";
    static final String PHONE_INDEX = "casework.client.phone";

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int DAYS = 3652;
    static final int BATCH = 5_000;

    static final List<String> CLIENT_COLUMNS = List.of("id", "organisation_id", "survivor_code", "full_name_enc",
            "name_bidx", "other_names_enc", "date_of_birth_enc", "birth_year", "age_group", "sex", "id_number_enc",
            "id_bidx", "address_enc", "ethnicity", "nationality", "disability", "disability_kind", "commune_code",
            "marital_status", "occupation", "version", "created_by", "created_at", "updated_at");
    static final List<String> PHONE_COLUMNS = List.of("id", "client_id", "position", "phone_enc", "phone_bidx");
    static final List<String> TOKEN_COLUMNS = List.of("client_id", "token_bidx");
    static final List<String> CASE_COLUMNS = List.of("id", "case_number", "client_id", "organisation_id", "case_type",
            "source", "referring_reference", "status", "priority", "risk_level", "commune_code", "assigned_worker_id",
            "supervisor_id", "version", "opened_at", "opened_by", "closed_at", "updated_at");
    static final List<String> COMPANION_COLUMNS = List.of("id", "case_id", "relation", "sex", "date_of_birth",
            "birth_year", "name_enc", "created_by", "created_at");
    static final List<String> CONTACT_COLUMNS = List.of("case_id", "contact_id", "linked_by", "linked_at");
    /** A closed case's closure, as a case worker's closure without approval leaves it (ClosureStore); id generated. */
    static final List<String> CLOSURE_COLUMNS = List.of("case_id", "organisation_id", "state", "reason",
            "status_before", "requested_by", "requested_at", "decided_by", "decided_at");
    /** Why cases close, by the case id: no draw from the random stream, so every other column stays as it was. */
    static final String[] CLOSURE_REASONS = {"GOALS_MET", "GOALS_MET", "GOALS_MET", "GOALS_MET", "GOALS_MET",
            "GOALS_MET", "CLIENT_WISH", "CLIENT_WISH", "UNREACHABLE", "MOVED"};

    /** The rows of a batch of cases, a list a table. */
    record Batch(List<Object[]> clients, List<Object[]> phones, List<Object[]> tokens, List<Object[]> cases,
                 List<Object[]> companions, List<Object[]> contacts, List<Object[]> closures) {

        Batch() {
            this(new ArrayList<>(BATCH), new ArrayList<>(BATCH), new ArrayList<>(BATCH * 3), new ArrayList<>(BATCH),
                    new ArrayList<>(), new ArrayList<>(), new ArrayList<>(BATCH));
        }

        void write(Bulk bulk) throws Exception {
            bulk.write("casework_clients", CLIENT_COLUMNS, clients);
            bulk.write("casework_client_phones", PHONE_COLUMNS, phones);
            bulk.write("casework_client_name_tokens", TOKEN_COLUMNS, tokens);
            bulk.write("casework_cases", CASE_COLUMNS, cases);
            bulk.write("casework_companions", COMPANION_COLUMNS, companions);
            bulk.write("casework_case_contacts", CONTACT_COLUMNS, contacts);
            bulk.write("casework_closures", CLOSURE_COLUMNS, closures);
        }
    }

    final long count;
    final long seed;
    final World world;
    final Gen.Crypto crypto;
    final People.PhonePool phones;
    final Stats stats;
    final LocalDate firstDay;
    final Writer index;
    private final Map<String, String> tokenIndexes = new HashMap<>();
    private final Map<String, String> nameIndexes = new HashMap<>();
    private long phoneId;
    private long companionId;
    private long contactId = 7_000_000;

    /** @param index where each case is listed for the load runs (cases.tsv) */
    CaseRows(long count, long seed, World world, Gen.Crypto crypto, Writer index) {
        this.count = count;
        this.seed = seed;
        this.world = world;
        this.crypto = crypto;
        this.index = index;
        this.phones = new People.PhonePool(count);
        this.stats = new Stats(world);
        this.firstDay = LocalDate.now(VIETNAM).minusDays(DAYS);
    }

    /** Produces the batches in time order into the sink. */
    void produce(Bulk.Sink<Batch> sink) throws InterruptedException {
        var random = new SplittableRandom(seed);
        double[] dayWeights = new double[DAYS];
        double total = 0;
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = firstDay.plusDays(d);
            double growth = 0.5 + 1.0 * d / DAYS; // services become known: twice as many cases a day at the end
            double weekend = day.getDayOfWeek().getValue() >= 6 ? 0.35 : 1.0; // offices open on weekdays
            double tet = day.getMonthValue() == 2 && day.getDayOfMonth() <= 10 ? 0.5 : 1.0;
            dayWeights[d] = growth * weekend * tet;
            total += dayWeights[d];
        }
        long id = 1;
        double cumulative = 0;
        long before = 0;
        Batch batch = new Batch();
        for (int d = 0; d < DAYS; d++) {
            cumulative += dayWeights[d];
            long upTo = d == DAYS - 1 ? count : (long) Math.floor(count * cumulative / total);
            int today = (int) (upTo - before);
            before = upTo;
            long[] seconds = new long[today];
            long dayStart = firstDay.plusDays(d).atStartOfDay(VIETNAM).toEpochSecond();
            for (int i = 0; i < today; i++) {
                // Office hours, 7:00 to 18:00, a few at night (hand-overs, emergencies).
                long second = random.nextDouble() < 0.95 ? 7 * 3600 + random.nextInt(11 * 3600) : random.nextInt(24 * 3600);
                seconds[i] = dayStart + second;
            }
            java.util.Arrays.sort(seconds);
            for (long at : seconds) {
                oneCase(id++, d, at, random, batch);
                if (batch.cases().size() == BATCH) {
                    sink.put(batch);
                    batch = new Batch();
                }
            }
        }
        if (!batch.cases().isEmpty()) {
            sink.put(batch);
        }
    }

    private void oneCase(long id, int day, long epochSecond, SplittableRandom r, Batch batch) {
        Org org = world.orgs().get(pick(Gen.cumulativeOf(stats.orgWeights), r.nextDouble()));
        OffsetDateTime opened = OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(epochSecond,
                r.nextInt(1000) * 1_000_000L), java.time.ZoneOffset.UTC);
        LocalDate openedOn = opened.atZoneSameInstant(VIETNAM).toLocalDate();
        String type = CaseMix.type(r, org);
        List<Member> workers = world.workersOn(org, day);
        List<Member> supervisors = world.supervisorsOf(org);
        Member worker = workers.get(r.nextInt(workers.size()));
        Member supervisor = supervisors.get(r.nextInt(supervisors.size()));
        var life = CaseMix.life(r, opened, firstDay.plusDays(DAYS));
        boolean intake = !life.closed() && life.status().equals("OPEN") && r.nextDouble() < 0.3;
        Long workerId = intake ? null : worker.id();
        Long supervisorId = intake || r.nextDouble() < 0.2 ? null : supervisor.id();
        long openedBy = intake ? supervisor.id() : worker.id();
        String commune = org.commune(r);
        String source = CaseMix.source(r, type);
        String number = stats.nextCaseNumber(org, openedOn.getYear());
        String survivorCode = stats.nextSurvivorCode(org);
        var client = client(id, org, type, openedOn, commune, survivorCode, openedBy, opened, r, batch);
        batch.cases().add(new Object[] {id, number, id, org.id(), type, source, CaseMix.reference(r, source, openedOn),
                life.status(), CaseMix.priority(r, type), life.status().equals("OPEN") ? "UNKNOWN"
                : CaseMix.risk(r), commune, workerId, supervisorId, life.version(), opened, openedBy, life.closedAt(),
                life.updatedAt()});
        if (life.closed()) {
            // Reporting counts closed and active cases from the closures, as the application records them.
            batch.closures().add(new Object[] {id, org.id(), "CLOSED", CLOSURE_REASONS[(int) (id % 10)], "FOLLOW_UP",
                    worker.id(), life.closedAt(), worker.id(), life.closedAt()});
        }
        int companions = CaseMix.companions(r, type);
        for (int c = 0; c < companions; c++) {
            companion(id, client.birthYear(), openedOn, openedBy, opened, r, batch);
        }
        if (source.equals("HOTLINE")) {
            for (int c = r.nextDouble() < 0.8 ? 1 : 2; c > 0; c--) {
                batch.contacts().add(new Object[] {id, contactId += 1 + r.nextInt(40), openedBy, opened});
            }
        }
        stats.add(org, type, companions, client, life.closed());
        try {
            index.write(id + "\t" + number + "\t" + org.id() + "\t" + (workerId == null ? 0 : workerId) + "\t"
                    + (supervisorId == null ? 0 : supervisorId) + "\t" + (life.closed() ? "closed" : "open") + "\t"
                    + (client.phone() == null ? "-" : client.phone()) + "\t"
                    + (client.phoneBand() == null ? "-" : client.phoneBand()) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stats.check(id, org, number, survivorCode, client, companions);
    }

    /** What the statistics and the load runs need to know of a generated client. */
    record ClientFacts(String fullName, Integer birthYear, String phone, String phoneBand, int phoneCount,
                       boolean idNumber, String ageGroup) {
    }

    private ClientFacts client(long id, Org org, String type, LocalDate openedOn, String commune, String survivorCode,
                               long by, OffsetDateTime at, SplittableRandom r, Batch batch) {
        var person = CaseMix.person(r, type, openedOn);
        boolean female = person.sex().equals("FEMALE");
        String fullName = r.nextDouble() < 0.95 ? VietnameseText.nfc(People.name(r, female)) : null;
        String otherNames = fullName != null && r.nextDouble() < 0.05 ? People.nickname(r) : null;
        PartialDate birth = CaseMix.birth(r, person.age(), openedOn);
        String ageGroup = CaseMix.ageGroup(birth == null ? person.age() : birth.youngestAgeOn(openedOn));
        boolean child = person.age() < 18;
        String idNumber = r.nextDouble() < (child ? 0.05 : 0.4)
                ? People.citizenId(r, org.province(), female, openedOn.getYear() - person.age()) : null;
        var cipher = crypto.cipher();
        batch.clients().add(new Object[] {id, org.id(), survivorCode, cipher.encrypt(fullName, FULL_NAME),
                fullName == null ? null : nameIndexes.computeIfAbsent(VietnameseText.fold(fullName),
                        folded -> crypto.index().of(NAME_INDEX, folded)),
                cipher.encrypt(otherNames, OTHER_NAMES), birth == null ? null : cipher.encrypt(birth.iso(), DATE_OF_BIRTH),
                birth == null ? null : birth.year(), ageGroup, person.sex(), cipher.encrypt(idNumber, ID_NUMBER),
                idNumber == null ? null : crypto.index().of(ID_INDEX, idNumber),
                r.nextDouble() < 0.7 ? cipher.encrypt(People.address(r), ADDRESS) : null, CaseMix.ethnicity(r),
                CaseMix.nationality(r, type), person.disability(), person.disabilityKind(),
                r.nextDouble() < 0.85 ? commune : null, CaseMix.marital(r, person.age()),
                CaseMix.occupation(r, person.age()), 0, by, at, at});
        int phoneCount = CaseMix.phoneCount(r);
        String first = null;
        String firstBand = null;
        List<String> given = new ArrayList<>();
        for (int p = 0; p < phoneCount; p++) {
            long index = phones.draw(r);
            String e164 = Gen.e164(index);
            if (given.contains(e164)) {
                continue; // the application keeps a number once per client
            }
            given.add(e164);
            batch.phones().add(new Object[] {++phoneId, id, given.size() - 1, cipher.encrypt(e164, PHONE),
                    crypto.index().of(PHONE_INDEX, e164)});
            if (first == null) {
                first = e164;
                firstBand = phones.band(index);
            }
        }
        // ClientRules.tokens: every distinct folded word of the full name and the other names.
        List<String> words = new ArrayList<>();
        for (String name : new String[] {fullName, otherNames}) {
            if (name != null) {
                VietnameseText.tokens(name).stream().filter(w -> !words.contains(w)).forEach(words::add);
            }
        }
        for (String word : words) {
            batch.tokens().add(new Object[] {id, tokenIndexes.computeIfAbsent(word,
                    w -> crypto.index().of(TOKEN_INDEX, w))});
        }
        return new ClientFacts(fullName, birth == null ? null : birth.year(), first, firstBand, given.size(),
                idNumber != null, ageGroup);
    }

    private void companion(long caseId, Integer clientBirthYear, LocalDate openedOn, long by, OffsetDateTime at,
                           SplittableRandom r, Batch batch) {
        String relation = pick(r, CaseMix.RELATIONS, CaseMix.RELATION_WEIGHTS);
        boolean female = r.nextBoolean();
        int age = relation.equals("CHILD") || relation.equals("GRANDCHILD") ? r.nextInt(16) : 5 + r.nextInt(20);
        int year = openedOn.getYear() - age;
        if (clientBirthYear != null && relation.equals("CHILD")) {
            year = Math.max(year, clientBirthYear + 16);
        }
        year = Math.min(year, openedOn.getYear());
        PartialDate birth = r.nextDouble() < 0.7 ? PartialDate.of(year)
                : PartialDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
        if (birth.earliest().isAfter(openedOn)) {
            birth = PartialDate.of(year);
        }
        String name = r.nextDouble() < 0.6 ? VietnameseText.nfc(People.name(r, female)) : null;
        batch.companions().add(new Object[] {++companionId, caseId, relation, female ? "FEMALE" : "MALE", birth.iso(),
                birth.year(), crypto.cipher().encrypt(name, COMPANION_NAME), by, at});
        stats.companionRows++;
    }

    long lastPhoneId() {
        return phoneId;
    }

    long lastCompanionId() {
        return companionId;
    }

    static double lognormal(SplittableRandom r, double median, double sigma) {
        return median * Math.exp(sigma * gaussian(r));
    }
}
