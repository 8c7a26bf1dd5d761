package org.anhduong.reporting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.anhduong.platform.security.Roles;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.anhduong.reporting.ReportingCalls.CASES;
import static org.anhduong.reporting.ReportingCalls.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6's acceptance: using only the public API, a tester records a period's activity in an organisation of her own
 * (so that no other test's records are in scope) and the summary matches her own count, indicator by indicator.
 */
@IntegrationTest
class ReportingAcceptanceIT {

    @Autowired
    ReportingCalls calls;

    Caller worker;
    Caller counsellor;
    Caller admin;
    LocalDate today;
    LocalDate from;
    String scope;

    @BeforeEach
    void setUp() {
        worker = calls.aUserWithRoles(Roles.CASE_WORKER, Roles.SUPERVISOR);
        counsellor = calls.aColleagueOf(worker, Roles.HOTLINE_COUNSELLOR);
        admin = calls.aUserWithRoles(Roles.ADMINISTRATOR);
        today = ReportingCalls.today();
        from = today.minusDays(100);
        scope = "from=" + from + "&to=" + today + "&organisation=" + worker.organisationId();
    }

    @Test
    void theSummaryMatchesTheTestersOwnCountIndicatorByIndicator() {
        Map<String, Long> expected = new LinkedHashMap<>();
        recordContacts(expected);
        recordCases(expected);

        JsonNode summary = calls.summary(admin, scope);

        JsonNode indicators = summary.get("indicators");
        for (Indicator indicator : Indicator.values()) {
            assertThat(indicators.has(indicator.key())).as("every catalogue key: " + indicator.key()).isTrue();
        }
        expected.forEach((key, count) -> assertThat(indicators.get(key).asLong()).as(key).isEqualTo(count));
        assertThat(summary.get("suppressed").asBoolean()).isFalse();
        assertThat(summary.get("allCases").asBoolean()).isTrue();
        assertThat(summary.get("drillDown").asBoolean()).isTrue();

        JsonNode breakdowns = summary.get("breakdowns");
        assertThat(breakdowns.get("contacts.total").get("type").get("ABOUT_SELF").asLong()).isEqualTo(4);
        assertThat(breakdowns.get("contacts.total").get("type").get("SILENT").asLong()).isEqualTo(2);
        assertThat(breakdowns.get("contacts.total").get("channel").get("ZALO").asLong()).isEqualTo(1);
        assertThat(breakdowns.get("contacts.total").get("category").get("DOMESTIC_VIOLENCE").asLong())
                .as("two physical-violence categories of one contact count once").isEqualTo(4);
        assertThat(breakdowns.get("cases.opened").get("caseType").get("TRAFFICKING").asLong()).isEqualTo(3);
        assertThat(breakdowns.get("cases.opened").get("sex").get("FEMALE").asLong()).isEqualTo(5);
        assertThat(breakdowns.get("trafficking.received").get("sex").get("FEMALE").asLong()).isEqualTo(3);
        assertThat(breakdowns.get("residentialCare.traffickedChildren").get("sex").get("MALE").asLong()).isEqualTo(1);
        assertThat(breakdowns.get("residentialCare.traffickedChildren").get("sex").get("FEMALE").asLong()).isZero();

        // The same period for a viewer: counts from 1 to 4 hidden, larger ones and zeros shown, no drill-down.
        JsonNode aggregate = calls.summary(calls.aUserWithRoles(Roles.VIEWER), scope);
        assertThat(aggregate.get("suppressed").asBoolean()).isTrue();
        assertThat(aggregate.get("drillDown").asBoolean()).isFalse();
        assertThat(aggregate.get("indicators").get("contacts.total").asLong()).isEqualTo(expected.get("contacts.total"));
        assertThat(aggregate.get("indicators").get("emergency.persons").asString()).isEqualTo("<5");
        assertThat(aggregate.get("indicators").get("shelter.personNights").asLong()).isZero();
        assertThat(aggregate.get("breakdowns").get("trafficking.received").get("sex").get("FEMALE").asString())
                .isEqualTo("<5");
    }

    /** Contacts of every type on both sides of the period's first local midnight; returns nothing, fills expected. */
    private void recordContacts(Map<String, Long> expected) {
        LocalDate first = from;
        calls.contact(counsellor, at(first, 0, 30), "ABOUT_SELF", "PHONE", "\"DV_PHYSICAL\", \"DV_PSYCHOLOGICAL\"");
        calls.contact(counsellor, at(first.minusDays(1), 23, 30), "ABOUT_SELF", "PHONE", "\"DV_PHYSICAL\"");
        calls.contact(counsellor, at(today.minusDays(40), 9, 0), "ABOUT_SELF", "PHONE", "\"DV_PHYSICAL\"");
        calls.contact(counsellor, at(today.minusDays(30), 9, 0), "ABOUT_SELF", "ZALO", "\"GBV_PHYSICAL_ASSAULT\", \"DV_ECONOMIC\"");
        calls.contact(counsellor, at(today.minusDays(20), 9, 0), "ABOUT_OTHER", "PHONE", "\"LEGAL_QUESTIONS\"");
        calls.contact(counsellor, at(today.minusDays(10), 9, 0), "ABOUT_SELF", "PHONE", "\"DV_NEGLECT\"");
        calls.contact(counsellor, at(today.minusDays(5), 9, 0), "INFORMATION_ONLY", "PHONE", "\"ACCESS_TO_SERVICES\"");
        for (String type : List.of("SILENT", "SILENT", "MISSED", "WRONG_NUMBER", "HANG_UP", "PRANK_OR_ABUSIVE",
                "THANK_YOU", "TEST")) {
            calls.contact(counsellor, at(today.minusDays(3), 10, 0), type, "PHONE", "");
        }
        expected.put("contacts.total", 6L + 8);
        expected.put("contacts.gbvRelated", 4L);
    }

    private void recordCases(Map<String, Long> expected) {
        // A mother and her two children: emergency support for the three, her stay in the one-stop centre, direct
        // counselling twice, a referral to a hospital, and her consent to statistics.
        long mother = calls.openCase(worker, """
                {"type": "DOMESTIC_VIOLENCE", "source": "WALK_IN", "priority": "HIGH", "confirmNoDuplicate": true,
                 "client": {"sex": "FEMALE", "dateOfBirth": "1990"},
                 "companions": [{"relation": "CHILD", "sex": "FEMALE", "dateOfBirth": "2017"},
                                {"relation": "CHILD", "sex": "MALE", "dateOfBirth": "2020"}]}""");
        calls.service(worker, mother, "DIRECT_COUNSELLING_IN_PERSON", today);
        calls.service(worker, mother, "DIRECT_COUNSELLING_IN_PERSON", today);
        JsonNode episode = calls.created(calls.post(worker, CASES + "/" + mother + "/emergency-episodes", """
                {"startedOn": "%s", "support": ["SAFE_ACCOMMODATION"], "companionIds": %s}"""
                .formatted(today, calls.companionIds(worker, mother))));
        long facility = calls.created(calls.post(admin, "/api/v1/shelter/facilities", """
                {"organisationId": %d, "name": "Ngôi nhà Ánh Dương thử %d", "kind": "ONE_STOP_CENTRE_BEDS", "capacity": 6,
                 "acceptsChildren": true, "accessible": true}""".formatted(worker.organisationId(),
                System.nanoTime() % 100_000))).get("id").asLong();
        calls.created(calls.post(worker, "/api/v1/emergency-episodes/" + episode.get("id").asLong() + "/placements",
                """
                {"personId": %d, "facilityId": %d, "admittedOn": "%s"}"""
                .formatted(episode.get("persons").get(0).get("id").asLong(), facility, today)));
        calls.consent(worker, mother, "STATISTICS", "");
        Caller hospital = calls.aUserWithRoles(Roles.PARTNER);
        long service = calls.created(calls.post(admin, "/api/v1/services", """
                {"organisationId": %d, "name": "Khám và điều trị thử %d", "serviceType": "ONE_STOP_CARE",
                 "provinceWide": true, "open24h": true, "languages": ["vi"], "eligibility": ["WOMEN"],
                 "publicFields": ["NAME"]}""".formatted(hospital.organisationId(), System.nanoTime() % 100_000)))
                .get("id").asLong();
        calls.consent(worker, mother, "REFERRAL", "\"recipientOrganisationId\": " + hospital.organisationId() + ", ");
        calls.created(calls.post(worker, CASES + "/" + mother + "/referrals", """
                {"serviceId": %d, "urgency": "URGENT", "sharedInformation": "Cần khám",
                 "contactArrangements": "Gọi sau 18 giờ"}""".formatted(service)));

        // A child from the 111 line.
        calls.openCase(worker, """
                {"type": "CHILD_ABUSE", "source": "NATIONAL_HOTLINE_111", "priority": "HIGH", "confirmNoDuplicate": true,
                 "client": {"sex": "FEMALE", "dateOfBirth": "2014"}}""");

        // Two women handed over by the border guard: one returned to her family, one handed to an NGO.
        long first = trafficked();
        calls.created(calls.post(worker, CASES + "/" + first + "/handovers", """
                {"to": "TO_FAMILY", "handedOverOn": "%s", "receiverName": "Hoàng Thị Mẹ", "receiverRelation": "PARENT"}"""
                .formatted(today)));
        long second = trafficked();
        calls.created(calls.post(worker, CASES + "/" + second + "/handovers", """
                {"to": "TO_ORGANISATION", "handedOverOn": "%s", "receivingOrganisationName": "Trung tâm Hy Vọng"}"""
                .formatted(today)));

        // A trafficked boy, the companion of a third case, in residential care.
        long third = calls.openCase(worker, """
                {"type": "TRAFFICKING", "source": "POLICE_OR_BORDER_HANDOVER", "confirmNoDuplicate": true,
                 "client": {"sex": "FEMALE", "dateOfBirth": "1985"},
                 "companions": [{"relation": "CHILD", "sex": "MALE", "dateOfBirth": "2015"}]}""");
        long care = calls.created(calls.post(admin, "/api/v1/shelter/facilities", """
                {"organisationId": %d, "name": "Cơ sở bảo trợ thử %d", "kind": "SOCIAL_PROTECTION", "capacity": 20,
                 "acceptsChildren": true, "accessible": true}""".formatted(worker.organisationId(),
                System.nanoTime() % 100_000))).get("id").asLong();
        calls.created(calls.post(worker, CASES + "/" + third + "/residential-care", """
                {"companionId": %d, "facilityId": %d, "admittedOn": "%s", "reason": "TRAFFICKED_RETURNEE"}"""
                .formatted(calls.companionIds(worker, third).getFirst(), care, today)));

        expected.put("cases.opened", 5L);
        expected.put("cases.active", 5L);
        expected.put("cases.closed", 0L);
        expected.put("counselling.directCases", 1L);
        expected.put("intake.fromNationalHotline111", 1L);
        expected.put("emergency.cases", 1L);
        expected.put("emergency.persons", 3L);
        expected.put("emergency.accompanyingChildren", 2L);
        expected.put("shelter.admissions", 1L);
        expected.put("shelter.personNights", 0L);
        expected.put("trafficking.received", 3L);
        expected.put("trafficking.handedOverToFamily", 1L);
        expected.put("trafficking.handedOverToOrganization", 1L);
        expected.put("residentialCare.children", 1L);
        expected.put("residentialCare.traffickedChildren", 1L);
        expected.put("referrals.sent", 1L);
        expected.put("referrals.accepted", 0L);
        expected.put("referrals.completed", 0L);
    }

    /** A woman handed over by the border guard 20 days ago, identified as a victim; her case id. */
    private long trafficked() {
        long id = calls.openCase(worker, """
                {"type": "TRAFFICKING", "source": "POLICE_OR_BORDER_HANDOVER", "confirmNoDuplicate": true,
                 "client": {"sex": "FEMALE", "dateOfBirth": "1998"}}""");
        calls.ok(calls.put(worker, CASES + "/" + id + "/trafficking", """
                {"status": "UNDER_IDENTIFICATION", "returnDate": "%s", "returnPlace": "Cửa khẩu Móng Cái",
                 "handedOverBy": "BORDER_GUARD"}""".formatted(today.minusDays(20)), "\"0\""));
        calls.ok(calls.put(worker, CASES + "/" + id + "/trafficking", """
                {"status": "IDENTIFIED_VICTIM", "returnDate": "%s", "returnPlace": "Cửa khẩu Móng Cái",
                 "handedOverBy": "BORDER_GUARD", "support": ["HEALTH_CHECK_AND_CARE"]}""".formatted(today.minusDays(20)),
                "\"1\""));
        return id;
    }
}
