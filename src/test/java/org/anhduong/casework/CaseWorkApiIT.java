package org.anhduong.casework;

import org.anhduong.platform.security.Roles;
import org.anhduong.test.Api;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.anhduong.casework.CaseworkCalls.CASES;
import static org.anhduong.casework.CaseworkCalls.aPhoneNumber;
import static org.anhduong.casework.CaseworkCalls.aWord;
import static org.anhduong.casework.CaseworkCalls.anIdNumber;
import static org.anhduong.casework.CaseworkCalls.intake111;
import static org.assertj.core.api.Assertions.assertThat;

/** Assessments and alerts, services, follow-ups and notes through the API, for the team and for outsiders. */
@IntegrationTest
class CaseWorkApiIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired
    CaseworkCalls calls;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CasePlan plan;

    Caller worker;
    Caller supervisor;
    long caseId;

    @BeforeEach
    void setUp() {
        worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        supervisor = calls.aColleagueOf(worker, Roles.SUPERVISOR);
        caseId = calls.opened(worker, intake111("Đỗ Thị Hằng " + aWord(), aPhoneNumber(), anIdNumber()));
    }

    @Test
    void aRedFlagMakesTheCaseHighRiskAndAlertsItsSupervisorOnly() {
        String plan = "Gửi con sang nhà bà ngoại " + aWord();
        var made = calls.post(worker, path("/assessments"),
                "{\"answers\": {\"WEAPON\": true, \"ESCALATION\": false}, \"safetyPlan\": \"" + plan + "\"}");

        assertThat(made.status()).isEqualTo(201);
        assertThat(made.json().get("level").asString()).isEqualTo("HIGH");
        assertThat(made.json().get("redFlags").get(0).asString()).isEqualTo("WEAPON");
        assertThat(made.json().get("unanswered").size()).isGreaterThan(10);
        assertThat(calls.get(worker, CASES + "/" + caseId).json().get("case").get("riskLevel").asString())
                .isEqualTo("HIGH");
        assertThat(calls.get(worker, path("/assessments")).json().get(0).get("safetyPlan").asString()).isEqualTo(plan);
        assertThat(jdbc.sql("SELECT safety_plan_enc FROM casework_assessments WHERE case_id = :id")
                .param("id", caseId).query(String.class).single()).doesNotContain(plan).startsWith("v1.");

        JsonNode alert = alertOf(calls.get(supervisor, "/api/v1/alerts").json());
        assertThat(alert).as("the supervisor is alerted").isNotNull();
        assertThat(alert.get("kind").asString()).isEqualTo("HIGH_RISK");
        assertThat(calls.get(supervisor, CASES + "/high-risk").body()).contains("\"id\":" + caseId);

        Caller elsewhere = calls.aUserWithRoles(Roles.SUPERVISOR);
        assertThat(alertOf(calls.get(elsewhere, "/api/v1/alerts").json())).isNull();
        assertThat(calls.get(elsewhere, CASES + "/high-risk").body()).doesNotContain("\"id\":" + caseId + ",");
        long alertId = alert.get("id").asLong();
        assertThat(calls.post(elsewhere, "/api/v1/alerts/" + alertId + "/acknowledge", "").status()).isEqualTo(404);
        assertThat(calls.auditOutcomes("alert.acknowledge", "alert", alertId, elsewhere.id())).containsExactly("DENIED");

        var acknowledged = calls.post(supervisor, "/api/v1/alerts/" + alertId + "/acknowledge", "");
        assertThat(acknowledged.status()).isEqualTo(200);
        assertThat(acknowledged.json().get("acknowledgedAt")).isNotNull();
        assertThat(calls.auditOutcomes("assessment.create", "case", caseId, worker.id())).containsExactly("SUCCESS");
    }

    @Test
    void aLowResultAlertsNobodyAndAnUnknownItemIsRefused() {
        var low = calls.post(worker, path("/assessments"), "{\"answers\": {\"JEALOUS_CONTROL\": true}}");
        assertThat(low.json().get("level").asString()).isEqualTo("LOW");
        assertThat(alertOf(calls.get(supervisor, "/api/v1/alerts").json())).isNull();

        var unknown = calls.post(worker, path("/assessments"), "{\"answers\": {\"NOT_AN_ITEM\": true}}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("answers");
    }

    @Test
    void aDirectCounsellingServiceIsRecordedListedCorrectedOnceAndReported() {
        String outcome = "Chị đã bình tĩnh hơn " + aWord();
        var recorded = calls.post(worker, path("/services"), "{\"type\": \"DIRECT_COUNSELLING_IN_PERSON\", \"givenOn\": \""
                + TODAY + "\", \"outcome\": \"" + outcome + "\"}");

        assertThat(recorded.status()).isEqualTo(201);
        assertThat(recorded.json().get("sector").asString()).isEqualTo("SOCIAL_SERVICES");
        long serviceId = recorded.json().get("id").asLong();
        var listed = calls.get(worker, path("/services")).json();
        assertThat(listed.get(0).get("type").asString()).isEqualTo("DIRECT_COUNSELLING_IN_PERSON");
        assertThat(listed.get(0).get("outcome").asString()).isEqualTo(outcome);
        assertThat(jdbc.sql("SELECT outcome_enc FROM casework_services WHERE id = :id").param("id", serviceId)
                .query(String.class).single()).doesNotContain(outcome);
        assertThat(plan.servicesGiven(ServiceType.DIRECT_COUNSELLING_IN_PERSON, TODAY.minusDays(1), TODAY))
                .anySatisfy(d -> assertThat(d.serviceId()).isEqualTo(serviceId));

        String correction = "{\"type\": \"PSYCHOLOGICAL_SUPPORT\", \"givenOn\": \"" + TODAY + "\"}";
        String servicePath = path("/services/" + serviceId);
        assertThat(calls.put(worker, servicePath, correction, null).status()).isEqualTo(428);
        assertThat(calls.put(worker, servicePath, correction, "\"0\"").status()).isEqualTo(200);
        var stale = calls.put(worker, servicePath, correction, "\"0\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").asString()).isEqualTo("stale-version");

        var future = calls.post(worker, path("/services"), "{\"type\": \"LEGAL_AID\", \"givenOn\": \""
                + TODAY.plusDays(2) + "\"}");
        assertThat(future.status()).isEqualTo(400);
    }

    @Test
    void aFollowUpDueYesterdayIsOverdueForTheWorkerAndHerSupervisorUntilDone() {
        String purpose = "Gọi hỏi thăm " + aWord();
        var planned = calls.post(worker, path("/follow-ups"), "{\"dueOn\": \"" + TODAY.minusDays(1)
                + "\", \"purpose\": \"" + purpose + "\"}");
        assertThat(planned.status()).isEqualTo(201);
        long id = planned.json().get("id").asLong();
        assertThat(planned.json().get("assignedTo").asLong()).isEqualTo(worker.id());

        assertThat(due(worker, "mine", id).get("overdue").asBoolean()).isTrue();
        assertThat(due(supervisor, "team", id).get("overdue").asBoolean()).isTrue();
        assertThat(calls.get(worker, "/api/v1/follow-ups/due?scope=team").status()).isEqualTo(403);
        assertThat(due(calls.aUserWithRoles(Roles.SUPERVISOR), "team", id)).isNull();
        assertThat(jdbc.sql("SELECT purpose_enc FROM casework_follow_ups WHERE id = :id").param("id", id)
                .query(String.class).single()).doesNotContain(purpose);

        String donePath = path("/follow-ups/" + id + "/done");
        assertThat(calls.put(worker, donePath, "{}", "\"0\"").status()).as("POST only").isEqualTo(405);
        var done = calls.api().send(calls.api().request(donePath).header("Authorization", "Bearer " + worker.token())
                .header("Content-Type", "application/json").header("If-Match", "\"0\"")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"result\": \"Ổn\"}")));
        assertThat(done.status()).isEqualTo(200);
        assertThat(due(worker, "mine", id)).isNull();
    }

    @Test
    void notesAreEncryptedNewestFirstAndACorrectionNamesTheNoteItCorrects() {
        String text = "Chồng chị đã về quê " + aWord();
        long first = calls.post(worker, path("/notes"), "{\"text\": \"" + text + "\"}").json().get("id").asLong();
        var correction = calls.post(worker, path("/notes"), "{\"text\": \"Đính chính ngày\", \"corrects\": " + first + "}");

        assertThat(correction.status()).isEqualTo(201);
        var notes = calls.get(worker, path("/notes")).json();
        assertThat(notes.get(0).get("corrects").asLong()).isEqualTo(first);
        assertThat(notes.get(1).get("text").asString()).isEqualTo(text);
        assertThat(jdbc.sql("SELECT text_enc FROM casework_notes WHERE id = :id").param("id", first)
                .query(String.class).single()).doesNotContain(text).startsWith("v1.");
        assertThat(calls.post(worker, path("/notes"), "{\"text\": \"  \"}").status()).isEqualTo(400);
        assertThat(calls.auditOutcomes("note.read", "case", caseId, worker.id())).containsExactly("SUCCESS");
    }

    @Test
    void outsidersGet404AndAreAuditedAndTheAdministratorReadsNothing() {
        Caller colleague = calls.aColleagueOf(worker, Roles.CASE_WORKER);
        Caller administrator = calls.aColleagueOf(worker, Roles.ADMINISTRATOR);

        for (Caller outsider : List.of(colleague, administrator)) {
            assertThat(calls.get(outsider, path("/assessments")).status()).isEqualTo(404);
            assertThat(calls.auditOutcomes("assessment.read", "case", caseId, outsider.id())).containsExactly("DENIED");
            assertThat(calls.get(outsider, path("/notes")).status()).isEqualTo(404);
            assertThat(calls.get(outsider, path("/services")).status()).isEqualTo(404);
            assertThat(calls.get(outsider, path("/follow-ups")).status()).isEqualTo(404);
        }
        assertThat(calls.post(colleague, path("/notes"), "{\"text\": \"x\"}").status()).isEqualTo(404);
        assertThat(calls.auditOutcomes("note.create", "case", caseId, colleague.id())).containsExactly("DENIED");
        assertThat(calls.post(colleague, path("/assessments"), "{\"answers\": {\"WEAPON\": true}}").status())
                .isEqualTo(404);
        assertThat(calls.get(worker, CASES + "/" + caseId).json().get("case").get("riskLevel").asString())
                .isEqualTo("UNKNOWN");
        assertThat(calls.get(administrator, "/api/v1/follow-ups/due").status()).isEqualTo(403);
    }

    @Test
    void theDefaultInstrumentIsServedInTheRequestsLanguage() {
        Api.Response english = calls.api().send(calls.api().request("/api/v1/instruments/risk/default")
                .header("Authorization", "Bearer " + worker.token()).header("Accept-Language", "en"));
        assertThat(english.status()).isEqualTo(200);
        JsonNode weapon = english.json().get("items").get(1);
        assertThat(weapon.get("code").asString()).isEqualTo("WEAPON");
        assertThat(weapon.get("redFlag").asBoolean()).isTrue();
        assertThat(weapon.get("label").asString()).contains("knife");
        assertThat(calls.get(worker, "/api/v1/instruments/risk/default").json().get("items").get(1).get("label")
                .asString()).contains("dao");
    }

    private String path(String rest) {
        return CASES + "/" + caseId + rest;
    }

    private JsonNode alertOf(JsonNode alerts) {
        for (JsonNode alert : alerts) {
            if (alert.get("caseId").asLong() == caseId) {
                return alert;
            }
        }
        return null;
    }

    private JsonNode due(Caller caller, String scope, long followUpId) {
        var listed = calls.get(caller, "/api/v1/follow-ups/due?scope=" + scope);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        for (JsonNode row : listed.json()) {
            if (row.get("id").asLong() == followUpId) {
                return row;
            }
        }
        return null;
    }
}
