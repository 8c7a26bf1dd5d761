package org.anhduong.casework;

import org.anhduong.casework.internal.FigureUpkeep;
import org.anhduong.hotline.AgeGroup;
import org.anhduong.hotline.Sex;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.Ui;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.AuditRows;
import org.anhduong.test.IntegrationTest;
import org.anhduong.test.SignedIn;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.lang.reflect.RecordComponent;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;

import static org.anhduong.casework.CaseworkCalls.CASES;
import static org.anhduong.casework.CaseworkCalls.aPhoneNumber;
import static org.anhduong.casework.CaseworkCalls.aWord;
import static org.anhduong.casework.CaseworkCalls.anIdNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The case figures for the reports: every measure and dimension with its edge cases (local midnight, closed and
 * reopened, two incident types, derived contexts at the 18th year), the scope (organisation, commune, consent), the
 * anonymised incident dataset and the drill-down's need-to-know. Cases are made through the API; only their moments
 * are moved into a past period with SQL, since the API records "now". Each test scopes its figures by its own new
 * organisation or its own commune codes, so other tests' cases never count.
 */
@IntegrationTest
class CaseFiguresIT {

    static final LocalDate TODAY = LocalDate.now(Ui.ZONE);
    static final LocalDate MARCH_1 = LocalDate.of(2021, 3, 1);
    static final LocalDate MARCH_31 = LocalDate.of(2021, 3, 31);

    @Autowired
    CaseworkCalls calls;
    @Autowired
    CaseFigures figures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FigureUpkeep figureRows;

    Caller worker;
    Caller supervisor;

    @BeforeEach
    void setUp() {
        worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        supervisor = calls.aColleagueOf(worker, Roles.SUPERVISOR);
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void everyMeasureFollowsItsRuleAtLocalMidnightAndThroughClosuresAndReopenings() {
        String commune = aCommune();
        long a = aCase("GBV", "WALK_IN", "FEMALE", "AGE_18_24");
        openedAt(a, "2021-03-01T00:00:00");
        inCommune(a, commune);
        incident(a, "2021-02", "{\"penetration\": true}", "CURRENT_HUSBAND_OR_WIFE");
        incident(a, "2021-02", "{\"penetration\": false, \"unwantedSexualContact\": false, \"physicalAssault\": true}", "STRANGER");
        service(a, "DIRECT_COUNSELLING_IN_PERSON", "2021-03-02");
        service(a, "DIRECT_COUNSELLING_IN_PERSON", "2021-03-03");
        long b = aCase("DOMESTIC_VIOLENCE", "WALK_IN", "FEMALE", "AGE_25_59");
        openedAt(b, "2021-02-28T23:59:59");
        inCommune(b, commune);
        service(b, "DIRECT_COUNSELLING_IN_PERSON", "2021-03-31");
        long c = aCase("CHILD_ABUSE", "NATIONAL_HOTLINE_111", "MALE", "AGE_12_15");
        openedAt(c, "2021-03-31T23:59:59");
        long d = aCase("GBV", "NATIONAL_HOTLINE_111", "FEMALE", "AGE_18_24");
        openedAt(d, "2021-04-01T00:00:00");
        service(d, "DIRECT_COUNSELLING_IN_PERSON", "2021-04-01");
        service(d, "PHONE_COUNSELLING", "2021-03-10");

        long closedTwice = anOlderCase();
        close(closedTwice);
        reopen(closedTwice);
        close(closedTwice);
        closures(closedTwice, "2021-03-05T10:00:00", "2021-03-10T10:00:00", "2021-03-20T10:00:00", null);
        long reopenedLater = anOlderCase();
        close(reopenedLater);
        reopen(reopenedLater);
        closures(reopenedLater, "2021-03-15T10:00:00", "2021-04-10T10:00:00");
        long reopenedWithin = anOlderCase();
        close(reopenedWithin);
        reopen(reopenedWithin);
        closures(reopenedWithin, "2021-02-10T10:00:00", "2021-03-25T10:00:00");
        long closedAtMidnightAfter = anOlderCase();
        close(closedAtMidnightAfter);
        closures(closedAtMidnightAfter, "2021-04-01T00:00:00", null);
        long closedLastSecond = anOlderCase();
        close(closedLastSecond);
        closures(closedLastSecond, "2021-03-31T23:59:59", null);

        long trafficked = aCase("TRAFFICKING", "POLICE_OR_BORDER_HANDOVER", "MALE", "AGE_18_24");
        handover(trafficked, "TO_FAMILY", "2021-03-20");
        handover(trafficked, "TO_ORGANISATION", "2021-04-02");
        openedAt(trafficked, "2021-03-15T09:00:00");
        long traffickedEarlier = aCase("TRAFFICKING", "POLICE_OR_BORDER_HANDOVER", "FEMALE", "AGE_25_59");
        handover(traffickedEarlier, "TO_ORGANISATION", "2021-03-31");
        openedAt(traffickedEarlier, "2020-12-01T09:00:00");

        long contact = -System.nanoTime();
        for (long linked : List.of(a, c)) {
            jdbc.sql("""
                            INSERT INTO casework_case_contacts (case_id, contact_id, linked_by, linked_at)
                            VALUES (:case, :contact, :user, CURRENT_TIMESTAMP)""")
                    .param("case", linked).param("contact", contact).param("user", worker.id()).update();
        }

        CaseCounts counts = figures.count(ofOrganisation(MARCH_1, MARCH_31));

        CaseTally opened = counts.opened();
        assertThat(opened.total()).as("a, c (the last second) and the trafficked man; not b nor d").isEqualTo(3);
        assertThat(opened.count(CaseDimension.CASE_TYPE, "GBV")).isEqualTo(1);
        assertThat(opened.count(CaseDimension.CASE_TYPE, "CHILD_ABUSE")).isEqualTo(1);
        assertThat(opened.count(CaseDimension.CASE_TYPE, "TRAFFICKING")).isEqualTo(1);
        assertThat(opened.count(CaseDimension.CASE_TYPE, "DOMESTIC_VIOLENCE")).isZero();
        assertThat(opened.by().get(CaseDimension.CASE_TYPE)).containsOnlyKeys(names(CaseType.values()));
        assertThat(opened.count(CaseDimension.SEX, "FEMALE")).isEqualTo(1);
        assertThat(opened.count(CaseDimension.SEX, "MALE")).isEqualTo(2);
        assertThat(opened.count(CaseDimension.AGE_GROUP, "AGE_12_15")).isEqualTo(1);
        assertThat(opened.count(CaseDimension.AGE_GROUP, "AGE_18_24")).isEqualTo(2);
        assertThat(opened.by().get(CaseDimension.COMMUNE)).containsExactlyInAnyOrderEntriesOf(
                Map.of(commune, 1L, CaseTally.UNKNOWN, 2L));
        assertThat(opened.count(CaseDimension.GBVIMS_TYPE, "RAPE")).as("two types, one case in each").isEqualTo(1);
        assertThat(opened.count(CaseDimension.GBVIMS_TYPE, "PHYSICAL_ASSAULT")).isEqualTo(1);
        assertThat(opened.count(CaseDimension.GBVIMS_TYPE, CaseTally.UNKNOWN)).as("no incident").isEqualTo(2);
        assertThat(opened.count(CaseDimension.CONTEXT, "INTIMATE_PARTNER_VIOLENCE")).isEqualTo(1);
        assertThat(opened.count(CaseDimension.CONTEXT, CaseTally.UNKNOWN)).isEqualTo(2);
        assertThat(opened.count(CaseDimension.CONTEXT, "CHILD_SEXUAL_ABUSE")).isZero();

        assertThat(counts.fromNationalHotline111()).as("c; d opened after the period").isEqualTo(1);
        assertThat(counts.traffickingReceived()).containsEntry(Sex.MALE, 1L).containsEntry(Sex.FEMALE, 0L)
                .containsOnlyKeys(Sex.values());
        assertThat(counts.closed().total()).as("closed twice in the period once, reopened later, the last second")
                .isEqualTo(3);
        assertThat(counts.closed().count(CaseDimension.CASE_TYPE, "GBV")).isEqualTo(3);
        assertThat(counts.active().total()).as("a, b, c, reopened within, closed at midnight after, both trafficked")
                .isEqualTo(7);
        assertThat(counts.directCounsellingCases()).as("a twice, b on the last day; not d the next day").isEqualTo(2);
        assertThat(counts.handedOverToFamily()).containsEntry(Sex.MALE, 1L).containsOnlyKeys(Sex.values());
        assertThat(counts.handedOverToOrganisation()).containsEntry(Sex.FEMALE, 1L).containsEntry(Sex.MALE, 0L);

        CaseCounts lastDay = figures.count(ofOrganisation(MARCH_31, MARCH_31));
        assertThat(lastDay.opened().total()).as("c at 23:59:59").isEqualTo(1);
        assertThat(lastDay.closed().total()).isEqualTo(1);
        CaseCounts april = figures.count(ofOrganisation(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 4, 30)));
        assertThat(april.opened().total()).as("d at midnight").isEqualTo(1);
        assertThat(april.closed().total()).as("closed at midnight after March").isEqualTo(1);
        assertThat(april.active().total()).as("reopened-later is open again; the one closed at midnight is not")
                .isEqualTo(8);
    }

    @Test
    void theScopeIsTheOrganisationTheCommunesAndTheConsentThatHoldsToday() {
        Caller elsewhere = calls.aUserWithRoles(Roles.CASE_WORKER);
        String x = aCommune();
        String y = aCommune();
        long consented = scoped(worker, x);
        consent(consented, "{\"purpose\": \"STATISTICS\", \"givenBy\": \"CLIENT\", \"givenOn\": \"%s\"}".formatted(TODAY));
        long withdrawn = scoped(worker, y);
        long given = consent(withdrawn,
                "{\"purpose\": \"STATISTICS\", \"givenBy\": \"CLIENT\", \"givenOn\": \"%s\"}".formatted(TODAY));
        var withdrawal = calls.post(worker, CASES + "/" + withdrawn + "/consents/" + given + "/withdraw",
                "{\"withdrawnOn\": \"%s\", \"withdrawnBy\": \"CLIENT\"}".formatted(TODAY));
        assertThat(withdrawal.status()).as(withdrawal.body()).isEqualTo(200);
        long otherOrganisation = scoped(elsewhere, x);
        long childRefused = scoped(worker, x);
        consent(childRefused, """
                {"purpose": "STATISTICS", "givenBy": "GUARDIAN", "guardianName": "Lò Văn %s", "guardianRelation": "FATHER",
                 "childAgreed": false, "givenOn": "%s"}""".formatted(aWord(), TODAY));
        long expired = scoped(worker, y);
        consent(expired, "{\"purpose\": \"STATISTICS\", \"givenBy\": \"CLIENT\", \"givenOn\": \"%s\", \"validUntil\": \"%s\"}"
                .formatted(TODAY.minusDays(10), TODAY.minusDays(1)));
        long forReferralOnly = scoped(worker, y);
        consent(forReferralOnly, "{\"purpose\": \"REFERRAL\", \"givenBy\": \"CLIENT\", \"givenOn\": \"%s\"}"
                .formatted(TODAY));
        LocalDate from = LocalDate.of(2021, 5, 1);
        LocalDate to = LocalDate.of(2021, 5, 31);

        assertThat(opened(new CaseFigureQuery(from, to, worker.organisationId(), Set.of(), false))).isEqualTo(5);
        assertThat(opened(new CaseFigureQuery(from, to, null, Set.of(x), false))).isEqualTo(3);
        assertThat(opened(new CaseFigureQuery(from, to, worker.organisationId(), Set.of(x), false))).isEqualTo(2);
        assertThat(opened(new CaseFigureQuery(from, to, null, Set.of(x, y), false))).isEqualTo(6);
        assertThat(opened(new CaseFigureQuery(from, to, null, Set.of(x, y), true)))
                .as("not withdrawn, expired, refused by the child, another purpose or none").isEqualTo(1);
        assertThat(figures.count(new CaseFigureQuery(from, to, null, Set.of(x, y), true)).opened()
                .by().get(CaseDimension.COMMUNE)).containsExactly(Map.entry(x, 1L));

        Map<Long, CaseFacts> facts = figures.facts(List.of(consented, withdrawn, otherOrganisation, Long.MAX_VALUE));
        assertThat(facts).containsOnlyKeys(consented, withdrawn, otherOrganisation);
        assertThat(facts.get(consented)).isEqualTo(new CaseFacts(consented, worker.organisationId(), x, true));
        assertThat(facts.get(withdrawn)).isEqualTo(new CaseFacts(withdrawn, worker.organisationId(), y, false));
        assertThat(facts.get(otherOrganisation).organisationId()).isEqualTo(elsewhere.organisationId());
        assertThat(facts.get(otherOrganisation).statisticsConsent()).isFalse();
    }

    @Test
    void childSexualAbuseIsDecidedByTheBirthDateAsOnTheCaseFile() {
        String commune = aCommune();
        long eighteen = aCaseBorn("15/01/2003", commune);
        long seventeen = aCaseBorn("15/06/2003", commune);
        long adultIncident = incident(eighteen, "2021-03-10", "{\"penetration\": true}", "ACQUAINTANCE_OR_NEIGHBOUR");
        long childIncident = incident(seventeen, "2021-03-10", "{\"penetration\": true}", "ACQUAINTANCE_OR_NEIGHBOUR");
        assertThat(derivedContexts(eighteen, adultIncident)).isEmpty();
        assertThat(derivedContexts(seventeen, childIncident)).containsExactly("CHILD_SEXUAL_ABUSE");

        CaseTally opened = figures.count(ofCommune(commune, MARCH_1, MARCH_31)).opened();

        assertThat(opened.count(CaseDimension.CONTEXT, "CHILD_SEXUAL_ABUSE")).isEqualTo(1);
        assertThat(opened.count(CaseDimension.CONTEXT, CaseTally.UNKNOWN)).isEqualTo(1);
        assertThat(opened.count(CaseDimension.GBVIMS_TYPE, "RAPE")).isEqualTo(2);
    }

    @Test
    void theIncidentDatasetHoldsCodesGroupsAndMonthsOfTheCasesOpenInThePeriod() {
        String commune = aCommune();
        String name = "Đinh Thị " + aWord();
        String phone = aPhoneNumber();
        String idNumber = anIdNumber();
        var response = calls.open(worker, """
                {"type": "DOMESTIC_VIOLENCE", "source": "WALK_IN", "priority": "HIGH",
                 "client": {"fullName": "%s", "sex": "FEMALE", "dateOfBirth": "17/05/1994", "idNumber": "%s",
                            "phones": ["%s"], "address": "Tổ 5, khu 3, phường Hồng Gai", "ageGroup": "AGE_25_59"},
                 "confirmNoDuplicate": true}""".formatted(name, idNumber, phone));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        long open = response.json().get("id").asLong();
        String caseNumber = response.json().get("caseNumber").asString();
        String survivorCode = response.json().get("survivorCode").asString();
        var described = calls.post(worker, CASES + "/" + open + "/incidents", """
                {"date": "2021-02-14", "timeOfDay": "EVENING", "placeType": "HOME", "description": "Chồng đánh %s",
                 "answers": {"penetration": false, "unwantedSexualContact": false, "physicalAssault": true},
                 "perpetrators": [{"relation": "CURRENT_HUSBAND_OR_WIFE", "sex": "MALE", "ageGroup": "AGE_25_59"},
                                  {"relation": "PARENT_IN_LAW", "sex": "FEMALE"}]}""".formatted(name));
        assertThat(described.status()).as(described.body()).isEqualTo(201);
        incident(open, "2020", "{\"penetration\": false, \"unwantedSexualContact\": false, \"physicalAssault\": false,"
                + " \"forcedMarriage\": false, \"denialOfResources\": false, \"psychologicalAbuse\": true}", "CURRENT_HUSBAND_OR_WIFE");
        service(open, "LEGAL_AID", "2021-03-02");
        service(open, "DIRECT_COUNSELLING_IN_PERSON", "2021-03-03");
        openedAt(open, "2021-03-01T08:00:00");
        inCommune(open, commune);

        long closedThrough = aCase("GBV", "WALK_IN", "FEMALE", "AGE_18_24");
        incident(closedThrough, "2020", "{\"penetration\": true}", "STRANGER");
        openedAt(closedThrough, "2021-01-05T08:00:00");
        inCommune(closedThrough, commune);
        close(closedThrough);
        closures(closedThrough, "2021-02-01T08:00:00", null);
        long reopenedInside = aCase("GBV", "WALK_IN", "FEMALE", "AGE_18_24");
        incident(reopenedInside, "2020", "{\"penetration\": true}", "STRANGER");
        openedAt(reopenedInside, "2021-01-05T08:00:00");
        inCommune(reopenedInside, commune);
        close(reopenedInside);
        reopen(reopenedInside);
        closures(reopenedInside, "2021-02-01T08:00:00", "2021-03-20T08:00:00");

        List<IncidentRecord> records = figures.incidents(ofCommune(commune, MARCH_1, MARCH_31));

        assertThat(records).extracting(IncidentRecord::caseId).containsExactly(reopenedInside, open, open);
        IncidentRecord beaten = records.stream().filter(r -> r.gbvimsType() == GbvimsType.PHYSICAL_ASSAULT)
                .findFirst().orElseThrow();
        assertThat(beaten.survivorCode()).isEqualTo(survivorCode);
        assertThat(beaten.caseType()).isEqualTo(CaseType.DOMESTIC_VIOLENCE);
        assertThat(beaten.sex()).isEqualTo(Sex.FEMALE);
        assertThat(beaten.ageGroup()).isEqualTo(AgeGroup.AGE_25_59);
        assertThat(beaten.communeCode()).isEqualTo(commune);
        assertThat(beaten.reportedMonth()).isEqualTo(YearMonth.of(2021, 3));
        assertThat(beaten.incidentMonth()).isEqualTo(YearMonth.of(2021, 2));
        assertThat(beaten.incidentYear()).isEqualTo(2021);
        assertThat(beaten.timeOfDay()).isEqualTo(TimeOfDay.EVENING);
        assertThat(beaten.placeType()).isEqualTo(PlaceType.HOME);
        assertThat(beaten.contexts()).containsExactly(IncidentContext.INTIMATE_PARTNER_VIOLENCE);
        assertThat(beaten.perpetratorCount()).isEqualTo(2);
        assertThat(beaten.firstPerpetratorRelation()).isEqualTo(PerpetratorRelation.CURRENT_HUSBAND_OR_WIFE);
        assertThat(beaten.firstPerpetratorSex()).isEqualTo(Sex.MALE);
        assertThat(beaten.firstPerpetratorAgeGroup()).isEqualTo(AgeGroup.AGE_25_59);
        assertThat(beaten.servicesGiven()).containsExactlyInAnyOrder(ServiceType.LEGAL_AID,
                ServiceType.DIRECT_COUNSELLING_IN_PERSON);
        assertThat(beaten.serviceSectors()).containsExactlyInAnyOrder(EspSector.JUSTICE_AND_POLICING,
                EspSector.SOCIAL_SERVICES);
        IncidentRecord yearOnly = records.stream().filter(r -> r.gbvimsType() == GbvimsType.PSYCHOLOGICAL_ABUSE)
                .findFirst().orElseThrow();
        assertThat(yearOnly.incidentMonth()).isNull();
        assertThat(yearOnly.incidentYear()).isEqualTo(2020);

        for (IncidentRecord record : records) {
            assertThat(record.toString()).doesNotContain(name, phone, idNumber, caseNumber, "1994", "Hồng Gai",
                    "Chồng đánh");
        }
        assertThat(Arrays.stream(IncidentRecord.class.getRecordComponents()).filter(c -> c.getType() == String.class)
                .map(RecordComponent::getName)).as("the only texts are codes").containsExactlyInAnyOrder(
                "survivorCode", "communeCode");
    }

    @Test
    void theCasesBehindANumberAreOnlyThoseTheUserMayReadAndTheListIsAudited() {
        String commune = aCommune();
        long older = aCase("GBV", "WALK_IN", "FEMALE", "AGE_18_24");
        incident(older, "2021-06", "{\"penetration\": true}", "CURRENT_HUSBAND_OR_WIFE");
        openedAt(older, "2021-06-10T08:00:00");
        inCommune(older, commune);
        long newer = aCase("GBV", "WALK_IN", "FEMALE", "AGE_18_24");
        openedAt(newer, "2021-06-11T08:00:00");
        inCommune(newer, commune);
        CaseFigureQuery june = ofCommune(commune, LocalDate.of(2021, 6, 1), LocalDate.of(2021, 6, 30));

        assertThat(ids(worker, june, CaseMeasure.OPENED, null, null)).containsExactly(newer, older);
        assertThat(ids(supervisor, june, CaseMeasure.OPENED, null, null)).containsExactly(newer, older);
        assertThat(ids(worker, june, CaseMeasure.ACTIVE, CaseDimension.GBVIMS_TYPE, "RAPE")).containsExactly(older);
        assertThat(ids(worker, june, CaseMeasure.OPENED, CaseDimension.GBVIMS_TYPE, CaseTally.UNKNOWN))
                .containsExactly(newer);
        assertThat(ids(worker, june, CaseMeasure.OPENED, CaseDimension.CONTEXT, "INTIMATE_PARTNER_VIOLENCE"))
                .containsExactly(older);
        assertThat(ids(worker, june, CaseMeasure.OPENED, CaseDimension.CONTEXT, CaseTally.UNKNOWN))
                .containsExactly(newer);
        assertThat(ids(worker, june, CaseMeasure.OPENED, CaseDimension.COMMUNE, commune)).hasSize(2);
        assertThat(ids(worker, june, CaseMeasure.CLOSED, null, null)).isEmpty();

        Caller colleague = calls.aColleagueOf(worker, Roles.CASE_WORKER);
        Caller outsider = calls.aUserWithRoles(Roles.SUPERVISOR);
        Caller viewer = calls.aColleagueOf(worker, Roles.VIEWER);
        assertThat(ids(colleague, june, CaseMeasure.OPENED, null, null)).as("not on the team").isEmpty();
        assertThat(ids(outsider, june, CaseMeasure.OPENED, null, null)).as("another organisation").isEmpty();
        assertThat(ids(viewer, june, CaseMeasure.OPENED, null, null)).as("reads no case").isEmpty();

        SignedIn.as(worker.account());
        CasePage page = figures.casesBehind(june, CaseMeasure.OPENED, null, null, 1);
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items().getFirst().caseNumber()).isNotBlank();
        assertThat(figures.casesBehind(june, CaseMeasure.OPENED, null, null, 2).items()).isEmpty();
        assertThatThrownBy(() -> figures.casesBehind(june, CaseMeasure.OPENED, CaseDimension.SEX, "WOMAN", 1))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> figures.casesBehind(june, CaseMeasure.OPENED, null, "FEMALE", 1))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> figures.casesBehind(june, CaseMeasure.OPENED, null, null, 0))
                .isInstanceOf(InvalidInputException.class);
        AuditRows.awaitSealed(jdbc);
        for (Caller caller : List.of(worker, outsider, viewer)) {
            assertThat(jdbc.sql("SELECT outcome FROM audit_events WHERE action = 'case.list' AND actor_user_id = :user")
                    .param("user", caller.id()).query(String.class).list()).isNotEmpty().containsOnly("SUCCESS");
        }
    }

    @Test
    void theReportsRowOfACaseFollowsEveryWriteAndUnderivedRowsAreDerivedBeforeCounting() {
        long id = aCase("GBV", "WALK_IN", "FEMALE", "AGE_18_24");
        assertThat(row(id)).containsEntry("sex", "FEMALE").containsEntry("gbvims_types", "UNKNOWN")
                .containsEntry("contexts", "").containsEntry("reopened", false);
        assertThat(row(id).get("closed_at")).isNull();

        incident(id, "2021-02", "{\"penetration\": true}", "CURRENT_HUSBAND_OR_WIFE");
        incident(id, "2021-02", "{\"penetration\": false, \"unwantedSexualContact\": false, \"physicalAssault\": true}",
                "STRANGER");
        assertThat(row(id)).containsEntry("gbvims_types", "PHYSICAL_ASSAULT,RAPE")
                .containsEntry("contexts", "INTIMATE_PARTNER_VIOLENCE");
        assertFresh(id);

        String path = CASES + "/" + id + "/client";
        String etag = calls.get(worker, path).raw().headers().firstValue("ETag").orElseThrow();
        assertThat(calls.put(worker, path, "{\"sex\": \"MALE\", \"ageGroup\": \"AGE_12_15\", \"occupation\": \"STUDENT\"}",
                etag).status()).isEqualTo(200);
        assertThat(row(id)).containsEntry("sex", "MALE").containsEntry("age_group", "AGE_12_15");
        assertFresh(id);

        close(id);
        assertThat(row(id).get("closed_at")).isNotNull();
        assertFresh(id);
        reopen(id);
        assertThat(row(id)).containsEntry("reopened", true);
        assertThat(row(id).get("closed_at")).isNull();
        assertFresh(id);

        Caller receiver = calls.aUserWithRoles(Roles.SUPERVISOR);
        calls.post(worker, CASES + "/" + id + "/consents", """
                {"purpose": "CASE_MANAGEMENT", "recipientOrganisationId": %d, "givenBy": "CLIENT", "givenOn": "%s"}"""
                .formatted(receiver.organisationId(), TODAY));
        var requested = calls.post(worker, CASES + "/" + id + "/transfer", """
                {"toOrganisationId": %d, "reason": "Chuyển về nơi ở mới"}""".formatted(receiver.organisationId()));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        assertThat(calls.post(receiver, "/api/v1/transfers/" + requested.json().get("id").asLong() + "/accept", "")
                .status()).isEqualTo(200);
        assertThat(row(id)).containsEntry("organisation_id", receiver.organisationId());
        assertFresh(id);

        // As the migration and a rebuild leave cases, their rows to compute: counting computes them first.
        long other = aCase("GBV", "WALK_IN", "FEMALE", "AGE_25_59");
        incident(other, "2021-02", "{\"penetration\": true}", "CURRENT_HUSBAND_OR_WIFE");
        var query = ofOrganisation(TODAY, TODAY);
        CaseCounts before = figures.count(query);
        assertThat(before.opened().by().get(CaseDimension.CONTEXT)).containsEntry("INTIMATE_PARTNER_VIOLENCE", 1L);
        jdbc.sql("DELETE FROM casework_case_figures WHERE id = :id").param("id", other).update();
        jdbc.sql("INSERT INTO casework_case_figures_pending (id) VALUES (:id)").param("id", other).update();
        assertThat(figures.count(query)).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM casework_case_figures_pending").query(Long.class).single()).isZero();
        assertThat(row(other)).containsEntry("gbvims_types", "RAPE")
                .containsEntry("contexts", "INTIMATE_PARTNER_VIOLENCE");
    }

    @Test
    void aClientAndAnIncidentChangedAtOnceLeaveTheRowAsTheRecordsAre() throws Exception {
        long id = aCase("GBV", "WALK_IN", "FEMALE", "AGE_18_24");
        String path = CASES + "/" + id + "/client";
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (String sex : List.of("MALE", "FEMALE", "MALE")) {
                String etag = calls.get(worker, path).raw().headers().firstValue("ETag").orElseThrow();
                var client = pool.submit(() -> calls.put(worker, path,
                        "{\"sex\": \"" + sex + "\", \"ageGroup\": \"AGE_18_24\", \"occupation\": \"FARMER\"}", etag));
                var incident = pool.submit(() -> calls.post(worker, CASES + "/" + id + "/incidents", """
                        {"date": "2021-02", "answers": {"penetration": true},
                         "perpetrators": [{"relation": "CURRENT_HUSBAND_OR_WIFE", "sex": "MALE"}]}"""));
                assertThat(client.get().status()).as(client.get().body()).isEqualTo(200);
                assertThat(incident.get().status()).as(incident.get().body()).isEqualTo(201);
                assertThat(row(id)).containsEntry("sex", sex).containsEntry("gbvims_types", "RAPE")
                        .containsEntry("contexts", "INTIMATE_PARTNER_VIOLENCE");
                assertFresh(id);
            }
        }
    }

    @Test
    void incidentsAddedToOneCaseAtOnceAreAllSavedAndCounted() throws Exception {
        long id = aCase("GBV", "WALK_IN", "FEMALE", "AGE_18_24");
        List<String> answers = List.of("{\"penetration\": true}",
                "{\"penetration\": false, \"unwantedSexualContact\": false, \"physicalAssault\": true}",
                "{\"penetration\": false, \"unwantedSexualContact\": true}",
                "{\"penetration\": true}");
        try (var pool = Executors.newFixedThreadPool(answers.size())) {
            var saves = answers.stream().map(answer -> pool.submit(() -> calls.post(worker,
                    CASES + "/" + id + "/incidents", """
                    {"date": "2021-02", "answers": %s, "perpetrators": [{"relation": "STRANGER", "sex": "MALE"}]}"""
                    .formatted(answer)))).toList();
            for (var save : saves) {
                assertThat(save.get().status()).as(save.get().body()).isEqualTo(201);
            }
        }
        assertThat(row(id)).containsEntry("gbvims_types", "PHYSICAL_ASSAULT,RAPE,SEXUAL_ASSAULT");
        assertFresh(id);
    }

    /** The case's row for the reports, as stored. */
    private Map<String, Object> row(long caseId) {
        return jdbc.sql("""
                        SELECT f.organisation_id, f.commune_code, f.opened_at, f.closed_at, f.reopened, p.case_type,
                               p.source, p.sex, p.age_group, p.gbvims_types, p.contexts
                        FROM casework_case_figures f JOIN casework_figure_profiles p ON p.id = f.profile_id
                        WHERE f.id = :id""")
                .param("id", caseId).query().singleRow();
    }

    /** The stored row is what recomputing it from the records gives: the last write kept it. */
    private void assertFresh(long caseId) {
        Map<String, Object> stored = row(caseId);
        figureRows.caseChanged(caseId);
        assertThat(row(caseId)).isEqualTo(stored);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        CaseFigureQuery backwards = new CaseFigureQuery(MARCH_31, MARCH_1, null, Set.of(), false);
        assertThatThrownBy(() -> figures.count(backwards)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> figures.incidents(backwards)).isInstanceOf(InvalidInputException.class);
        SignedIn.as(worker.account());
        assertThatThrownBy(() -> figures.casesBehind(backwards, CaseMeasure.OPENED, null, null, 1))
                .isInstanceOf(InvalidInputException.class);
        assertThat(figures.count(new CaseFigureQuery(MARCH_1, MARCH_1, worker.organisationId(), Set.of(), true))
                .opened().total()).as("a single day").isZero();
    }

    // --- helpers -----------------------------------------------------------------------------------------------------

    private CaseFigureQuery ofOrganisation(LocalDate from, LocalDate to) {
        return new CaseFigureQuery(from, to, worker.organisationId(), Set.of(), false);
    }

    private static CaseFigureQuery ofCommune(String commune, LocalDate from, LocalDate to) {
        return new CaseFigureQuery(from, to, null, Set.of(commune), false);
    }

    private long opened(CaseFigureQuery query) {
        return figures.count(query).opened().total();
    }

    private List<Long> ids(Caller caller, CaseFigureQuery query, CaseMeasure measure,
                           @Nullable CaseDimension dimension, @Nullable String value) {
        SignedIn.as(caller.account());
        try {
            return figures.casesBehind(query, measure, dimension, value, 1).items().stream().map(CaseSummary::id).toList();
        } finally {
            SignedIn.signOut();
        }
    }

    /** A made-up commune code of this test only (the column is a plain code; figures do not check it exists). */
    private static String aCommune() {
        return "T" + aWord();
    }

    private long aCase(String type, String source, String sex, String ageGroup) {
        return calls.opened(worker, """
                {"type": "%s", "source": "%s", "priority": "MEDIUM", "client": {"sex": "%s", "ageGroup": "%s"},
                 "confirmNoDuplicate": true}""".formatted(type, source, sex, ageGroup));
    }

    private long aCaseBorn(String dateOfBirth, String commune) {
        long id = calls.opened(worker, """
                {"type": "GBV", "source": "WALK_IN", "priority": "MEDIUM",
                 "client": {"sex": "FEMALE", "dateOfBirth": "%s"}, "confirmNoDuplicate": true}""".formatted(dateOfBirth));
        openedAt(id, "2021-03-12T08:00:00");
        inCommune(id, commune);
        return id;
    }

    /** A GBV case of this organisation opened on 10/01/2021. */
    private long anOlderCase() {
        long id = aCase("GBV", "WALK_IN", "FEMALE", "AGE_25_59");
        openedAt(id, "2021-01-10T08:00:00");
        return id;
    }

    /** A case opened in May 2021 by the caller, in the commune. */
    private long scoped(Caller caller, String commune) {
        long id = calls.opened(caller, """
                {"type": "GBV", "source": "WALK_IN", "priority": "MEDIUM", "client": {"sex": "FEMALE"},
                 "confirmNoDuplicate": true}""");
        openedAt(id, "2021-05-10T08:00:00");
        inCommune(id, commune);
        return id;
    }

    /* The helpers below write the records straight, as a bulk load would, then recompute the case's row for the
       reports as the application's own writes do. */

    private void openedAt(long caseId, String localDateTime) {
        jdbc.sql("UPDATE casework_cases SET opened_at = :at WHERE id = :id")
                .param("at", local(localDateTime)).param("id", caseId).update();
        figureRows.caseChanged(caseId);
    }

    private void inCommune(long caseId, String commune) {
        jdbc.sql("UPDATE casework_cases SET commune_code = :commune WHERE id = :id")
                .param("commune", commune).param("id", caseId).update();
        figureRows.caseChanged(caseId);
    }

    private static Timestamp local(String localDateTime) {
        return Timestamp.from(LocalDateTime.parse(localDateTime).atZone(Ui.ZONE).toInstant());
    }

    /** Closed at once by a supervisor of the organisation. */
    private void close(long caseId) {
        var closed = calls.post(supervisor, CASES + "/" + caseId + "/closure", "{\"reason\": \"GOALS_MET\"}");
        assertThat(closed.status()).as(closed.body()).isIn(200, 201);
        assertThat(closed.json().get("state").asString()).isEqualTo("CLOSED");
    }

    private void reopen(long caseId) {
        var reopened = calls.post(worker, CASES + "/" + caseId + "/reopen", "{\"reason\": \"Chồng cũ lại tìm đến\"}");
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
    }

    /** Moves the case's closures, oldest first, to the local moments given in pairs (closed, reopened or null). */
    private void closures(long caseId, @Nullable String... moments) {
        List<Long> ids = jdbc.sql("SELECT id FROM casework_closures WHERE case_id = :case ORDER BY id")
                .param("case", caseId).query(Long.class).list();
        assertThat(ids).hasSize(moments.length / 2);
        for (int i = 0; i < ids.size(); i++) {
            String reopened = moments[2 * i + 1];
            jdbc.sql("""
                            UPDATE casework_closures SET requested_at = :closed, decided_at = :closed,
                                   reopened_at = :reopened WHERE id = :id""")
                    .param("closed", local(moments[2 * i])).param("reopened", reopened == null ? null : local(reopened))
                    .param("id", ids.get(i)).update();
        }
        figureRows.caseChanged(caseId);
    }

    private long incident(long caseId, String date, String answers, String relation) {
        var created = calls.post(worker, CASES + "/" + caseId + "/incidents", """
                {"date": "%s", "answers": %s, "perpetrators": [{"relation": "%s", "sex": "MALE"}]}"""
                .formatted(date, answers, relation));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private List<String> derivedContexts(long caseId, long incidentId) {
        return calls.get(worker, CASES + "/" + caseId + "/incidents/" + incidentId).json().get("derived")
                .get("contexts").valueStream().map(n -> n.asString()).toList();
    }

    /** A service recorded today, then dated {@code on}: the API refuses no past day, but keeps the test's data apart. */
    private void service(long caseId, String type, String on) {
        var recorded = calls.post(worker, CASES + "/" + caseId + "/services",
                "{\"type\": \"%s\", \"givenOn\": \"%s\"}".formatted(type, TODAY));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        jdbc.sql("UPDATE casework_services SET given_on = :on WHERE id = :id")
                .param("on", java.sql.Date.valueOf(on)).param("id", recorded.json().get("id").asLong()).update();
    }

    private long consent(long caseId, String json) {
        var given = calls.post(worker, CASES + "/" + caseId + "/consents", json);
        if (given.status() == 404) {
            throw new AssertionError("consent on another organisation's case");
        }
        assertThat(given.status()).as(given.body()).isEqualTo(201);
        return given.json().get("id").asLong();
    }

    /** An identified victim handed over today, the hand-over then dated {@code on}. */
    private void handover(long caseId, String to, String on) {
        String trafficking = CASES + "/" + caseId + "/trafficking";
        var record = calls.get(worker, trafficking);
        if (record.status() != 200 || !record.json().has("status")
                || !"IDENTIFIED_VICTIM".equals(record.json().get("status").asString())) {
            calls.put(worker, trafficking, "{\"status\": \"UNDER_IDENTIFICATION\", \"returnDate\": \"%s\"}"
                    .formatted(TODAY.minusDays(30)), "\"0\"");
            var identified = calls.put(worker, trafficking, "{\"status\": \"IDENTIFIED_VICTIM\", \"returnDate\": \"%s\"}"
                    .formatted(TODAY.minusDays(30)), "\"1\"");
            assertThat(identified.status()).as(identified.body()).isEqualTo(200);
        }
        String body = to.equals("TO_FAMILY")
                ? "{\"to\": \"TO_FAMILY\", \"handedOverOn\": \"%s\", \"receiverRelation\": \"PARENT\"}".formatted(TODAY)
                : "{\"to\": \"TO_ORGANISATION\", \"handedOverOn\": \"%s\", \"receivingOrganisationName\": \"Trung tâm\"}"
                .formatted(TODAY);
        var handed = calls.post(worker, CASES + "/" + caseId + "/handovers", body);
        assertThat(handed.status()).as(handed.body()).isEqualTo(201);
        jdbc.sql("UPDATE casework_handovers SET handed_over_on = :on WHERE id = :id")
                .param("on", java.sql.Date.valueOf(on)).param("id", handed.json().get("id").asLong()).update();
    }

    private static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }
}
