package org.anhduong.casework;

import org.anhduong.platform.security.Roles;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;

import static org.anhduong.casework.CaseworkCalls.CASES;
import static org.anhduong.casework.CaseworkCalls.aPhoneNumber;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * From a hotline call to a case: a counsellor opens one from her contact and the contact is linked; a contact recorded
 * with "open a case" becomes an unassigned intake case for the supervisors; the caller lookup shows the number's cases
 * to their team only.
 */
@IntegrationTest
class HotlineToCaseIT {

    static final String CONTACTS = "/api/v1/contacts";

    @Autowired
    CaseworkCalls calls;
    @Autowired
    JdbcClient jdbc;

    Caller counsellor;
    Caller supervisor;

    @BeforeEach
    void setUp() {
        counsellor = calls.aUserWithRoles(Roles.HOTLINE_COUNSELLOR);
        supervisor = calls.aColleagueOf(counsellor, Roles.SUPERVISOR);
    }

    static String gbvCall(String phone, boolean caseRequested) {
        return """
                {"type": "ABOUT_SELF", "callerPhone": "%s", "callerName": "Chị Mận", "callerSex": "FEMALE",
                 "callerAgeGroup": "AGE_25_59", "categories": ["DV_PHYSICAL"], "urgency": "URGENT",
                 "outcome": "CASE_OPENED", "caseRequested": %s}""".formatted(phone, caseRequested);
    }

    long contact(String phone, boolean caseRequested) {
        var recorded = calls.post(counsellor, CONTACTS, gbvCall(phone, caseRequested));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        return recorded.json().get("id").asLong();
    }

    @Test
    void aCounsellorOpensACaseFromHerContactAndSeesOnlyItsNumber() {
        long contactId = contact(aPhoneNumber(), false);
        String draft = """
                {"type": "DOMESTIC_VIOLENCE", "source": "HOTLINE", "contactIds": [%d],
                 "client": {"sex": "FEMALE", "ageGroup": "AGE_25_59"}}""".formatted(contactId);

        var opened = calls.open(counsellor, draft);

        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.json().get("onTeam").asBoolean()).isFalse();
        String caseNumber = opened.json().get("caseNumber").asString();
        long caseId = opened.json().get("id").asLong();
        assertThat(calls.get(counsellor, CONTACTS + "/" + contactId).json().get("caseRefs").get(0).asString())
                .isEqualTo(caseNumber);
        assertThat(calls.get(counsellor, CASES + "/" + caseId).status()).isEqualTo(404);
        JsonNode file = calls.get(supervisor, CASES + "/" + caseId).json();
        assertThat(file.get("case").get("contactIds").get(0).asLong()).isEqualTo(contactId);
        assertThat(file.get("case").has("assignedWorkerId")).isFalse();
    }

    @Test
    void aCounsellorCannotOpenACaseWithoutAContactNorFromAnotherOrganisationsContact() {
        assertThat(calls.open(counsellor, "{\"type\": \"GBV\", \"source\": \"WALK_IN\"}").status()).isEqualTo(403);
        Caller stranger = calls.aUserWithRoles(Roles.HOTLINE_COUNSELLOR);
        long contactId = contact(aPhoneNumber(), false);
        var foreign = calls.open(stranger, "{\"type\": \"GBV\", \"source\": \"HOTLINE\", \"contactIds\": [" + contactId + "]}");
        assertThat(foreign.status()).isEqualTo(404);
    }

    @Test
    void aContactAskingForACaseBecomesAnUnassignedIntakeForTheSupervisors() throws InterruptedException {
        String phone = aPhoneNumber();
        long contactId = contact(phone, true);

        Long caseId = intakeOf(contactId);
        assertThat(caseId).as("intake case opened by the listener").isNotNull();
        JsonNode file = calls.get(supervisor, CASES + "/" + caseId).json();
        assertThat(file.get("case").get("status").asString()).isEqualTo("OPEN");
        assertThat(file.get("case").get("source").asString()).isEqualTo("HOTLINE");
        assertThat(file.get("case").get("type").asString()).isEqualTo("DOMESTIC_VIOLENCE");
        assertThat(file.get("case").get("priority").asString()).isEqualTo("HIGH");
        assertThat(file.get("case").has("assignedWorkerId")).isFalse();
        assertThat(file.get("client").get("phones").get(0).asString()).isEqualTo("+84" + phone.substring(1));
        assertThat(calls.get(supervisor, CASES + "?scope=team&size=5").json().get("items").get(0).get("id").asLong())
                .as("unassigned intakes come first").isEqualTo(caseId);
        assertThat(calls.get(counsellor, CONTACTS + "/" + contactId).json().get("caseRefs")).hasSize(1);
        assertThat(calls.post(supervisor, CASES + "/" + caseId + "/client/name", "").json().get("fullName").asString())
                .isEqualTo("Chị Mận");
    }

    @Test
    void theCallerLookupShowsTheNumbersCasesToTheTeamOnly() throws InterruptedException {
        String phone = aPhoneNumber();
        Long caseId = intakeOf(contact(phone, true));
        String caseNumber = calls.get(supervisor, CASES + "/" + caseId).json().get("case").get("caseNumber").asString();

        var bySupervisor = calls.post(supervisor, "/api/v1/callers/lookup", "{\"phone\":\"" + phone + "\"}");
        assertThat(bySupervisor.json().get("cases").get(0).get("caseRef").asString()).isEqualTo(caseNumber);
        assertThat(bySupervisor.json().get("cases").get(0).get("status").asString()).isEqualTo("OPEN");
        var byCounsellor = calls.post(counsellor, "/api/v1/callers/lookup", "{\"phone\":\"" + phone + "\"}");
        assertThat(byCounsellor.json().get("cases")).isEmpty();
    }

    /** The case the listener opened for the contact; it runs after the contact's transaction commits. */
    private Long intakeOf(long contactId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            var found = jdbc.sql("SELECT case_id FROM casework_case_contacts WHERE contact_id = :id")
                    .param("id", contactId).query(Long.class).optional();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        return null;
    }
}
