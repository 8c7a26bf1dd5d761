package org.anhduong.casework;

import org.anhduong.platform.security.Roles;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.anhduong.casework.CaseworkCalls.CASES;
import static org.anhduong.casework.CaseworkCalls.aPhoneNumber;
import static org.anhduong.casework.CaseworkCalls.aWord;
import static org.anhduong.casework.CaseworkCalls.anIdNumber;
import static org.anhduong.casework.CaseworkCalls.intake111;
import static org.assertj.core.api.Assertions.assertThat;

/** Incidents through the API: the helper's type, derived contexts, manual choices, versions, access and encryption. */
@IntegrationTest
class IncidentApiIT {

    static final String BEATEN_BY_HUSBAND = """
            {"date": "%s", "timeOfDay": "EVENING", "communeCode": "06685", "placeType": "HOME",
             "description": "%s",
             "answers": {"penetration": false, "unwantedSexualContact": false, "physicalAssault": true},
             "domesticViolenceActs": ["INSULT", "ILL_TREATMENT"],
             "perpetrators": [{"relation": "CURRENT_HUSBAND_OR_WIFE", "sex": "MALE", "ageGroup": "AGE_25_59"}],
             "abduction": "NOT_ABDUCTED", "reportedElsewhere": ["COMMUNE_AUTHORITY"]}""";

    @Autowired
    CaseworkCalls calls;
    @Autowired
    JdbcClient jdbc;

    Caller worker;
    long caseId;

    @BeforeEach
    void setUp() {
        worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        caseId = calls.opened(worker, intake111("Nguyễn Thị Lan " + aWord(), aPhoneNumber(), anIdNumber()));
    }

    @Test
    void helperAnswersNoNoYesAndAHusbandMakeAPhysicalAssaultWithIntimatePartnerViolence() {
        var created = calls.post(worker, incidents(), BEATEN_BY_HUSBAND.formatted("2026-01-15", "Bị đánh"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode incident = created.json();
        long id = incident.get("id").asLong();
        assertThat(created.raw().headers().firstValue("Location")).contains(incidents() + "/" + id);
        assertThat(created.raw().headers().firstValue("ETag")).contains("\"0\"");
        assertThat(incident.get("classification").get("type").asString()).isEqualTo("PHYSICAL_ASSAULT");
        assertThat(incident.get("classification").get("manual").asBoolean()).isFalse();
        assertThat(incident.get("classification").get("answers").get("physicalAssault").asBoolean()).isTrue();
        assertThat(strings(incident.get("derived").get("contexts"))).containsExactly("INTIMATE_PARTNER_VIOLENCE");
        assertThat(incident.get("derived").get("ageAtIncident").asInt()).isEqualTo(31);
        assertThat(incident.get("derived").get("domesticViolenceActsOffered").asBoolean()).isTrue();
        assertThat(strings(incident.get("domesticViolenceActs"))).containsExactly("ILL_TREATMENT", "INSULT");
        assertThat(incident.get("perpetrators").get(0).get("relation").asString()).isEqualTo("CURRENT_HUSBAND_OR_WIFE");
        assertThat(incident.get("perpetrators").get(0).get("occupation").asString()).isEqualTo("UNKNOWN");
        assertThat(incident.get("description").asString()).isEqualTo("Bị đánh");

        var list = calls.get(worker, incidents());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json()).hasSize(1);
        assertThat(calls.get(worker, incidents() + "/" + id).json().get("id").asLong()).isEqualTo(id);
        assertThat(calls.auditOutcomes("incident.create", "incident", id, worker.id())).containsExactly("SUCCESS");
        assertThat(calls.auditOutcomes("incident.read", "incident", id, worker.id())).containsExactly("SUCCESS");
        assertThat(calls.auditOutcomes("incident.read", "case", caseId, worker.id())).containsExactly("SUCCESS");
    }

    @Test
    void aGirlBornIn2012WhoWasRapedIsChildSexualAbuse() {
        long childCase = calls.opened(worker, intake111("Lò Thị Mai " + aWord(), aPhoneNumber(), anIdNumber())
                .replace("17/05/1994", "2012"));

        var created = calls.post(worker, CASES + "/" + childCase + "/incidents", """
                {"date": "2026-02", "answers": {"penetration": true},
                 "perpetrators": [{"relation": "ACQUAINTANCE_OR_NEIGHBOUR", "sex": "MALE"}]}""");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("classification").get("type").asString()).isEqualTo("RAPE");
        JsonNode derived = created.json().get("derived");
        assertThat(strings(derived.get("contexts"))).containsExactly("CHILD_SEXUAL_ABUSE");
        assertThat(derived.get("childUnderVietnameseLaw").asBoolean()).isTrue();
        assertThat(derived.get("childForGbvims").asBoolean()).isTrue();
    }

    @Test
    void aManualChoiceWithoutAReasonIsAFieldError() {
        var refused = calls.post(worker, incidents(), """
                {"answers": {"penetration": false}, "manualType": "SEXUAL_ASSAULT"}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("manualReason");

        var undecided = calls.post(worker, incidents(), "{\"answers\": {\"penetration\": false}}");
        assertThat(undecided.status()).isEqualTo(400);
        assertThat(undecided.json().get("errors").get(0).get("field").asString()).isEqualTo("classification");

        var manual = calls.post(worker, incidents(), """
                {"answers": {"penetration": false}, "manualType": "SEXUAL_ASSAULT",
                 "manualReason": "She declined the other questions"}""");
        assertThat(manual.status()).isEqualTo(201);
        assertThat(manual.json().get("classification").get("manual").asBoolean()).isTrue();
        assertThat(manual.json().get("classification").get("manualReason").asString())
                .isEqualTo("She declined the other questions");
    }

    @Test
    void aStaleIfMatchIsAConflictAndAMissingOneIsRequired() {
        long id = calls.post(worker, incidents(), BEATEN_BY_HUSBAND.formatted("2026-01", "Bị đánh")).json()
                .get("id").asLong();
        String path = incidents() + "/" + id;
        String changed = BEATEN_BY_HUSBAND.formatted("2026-01-10", "Bị đánh");

        assertThat(calls.put(worker, path, changed, null).status()).isEqualTo(428);
        var first = calls.put(worker, path, changed, "\"0\"");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.raw().headers().firstValue("ETag")).contains("\"1\"");
        assertThat(first.json().get("date").asString()).isEqualTo("2026-01-10");
        var stale = calls.put(worker, path, changed, "\"0\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").asString()).isEqualTo("stale-version");
        assertThat(calls.auditOutcomes("incident.update", "incident", id, worker.id())).containsExactly("SUCCESS");
    }

    @Test
    void nobodyOutsideTheTeamReadsOrRecordsIncidentsAndEachAttemptIsAudited() {
        long id = calls.post(worker, incidents(), BEATEN_BY_HUSBAND.formatted("2026-01", "Bị đánh")).json()
                .get("id").asLong();
        Caller colleague = calls.aColleagueOf(worker, Roles.CASE_WORKER);
        Caller administrator = calls.aColleagueOf(worker, Roles.ADMINISTRATOR);

        for (Caller outsider : List.of(colleague, administrator)) {
            assertThat(calls.get(outsider, incidents()).status()).isEqualTo(404);
            assertThat(calls.get(outsider, incidents() + "/" + id).status()).isEqualTo(404);
            assertThat(calls.auditOutcomes("incident.read", "case", caseId, outsider.id()))
                    .containsExactly("DENIED", "DENIED");
        }
        var created = calls.post(colleague, incidents(), BEATEN_BY_HUSBAND.formatted("2026-01", "x"));
        assertThat(created.status()).isEqualTo(404);
        assertThat(calls.auditOutcomes("incident.create", "case", caseId, colleague.id())).containsExactly("DENIED");
        long otherCase = calls.opened(worker, intake111("Hà Thị Vân " + aWord(), aPhoneNumber(), anIdNumber()));
        assertThat(calls.get(worker, CASES + "/" + otherCase + "/incidents/" + id).status())
                .as("an incident of another case").isEqualTo(404);
    }

    @Test
    void theDescriptionAndTheReasonAreNotInTheDatabaseInPlainText() {
        String word = aWord();
        calls.post(worker, incidents(), BEATEN_BY_HUSBAND.formatted("2026-01", "Chồng đánh " + word));
        calls.post(worker, incidents(), """
                {"answers": {}, "manualType": "PSYCHOLOGICAL_ABUSE", "manualReason": "Lý do %s"}""".formatted(word));

        List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM casework_incidents WHERE case_id = :id")
                .param("id", caseId).query().listOfRows();
        assertThat(rows).hasSize(2);
        assertThat(rows.toString()).doesNotContain(word).contains("v1.");
    }

    @Test
    void theHelperAsksOneQuestionAtATimeAndTheFirstYesDecides() {
        var start = calls.post(worker, "/api/v1/incidents/classify", "{}");
        assertThat(start.status()).isEqualTo(200);
        assertThat(start.json().get("next").get("question").asString()).isEqualTo("PENETRATION");
        assertThat(start.json().get("next").get("help").asString()).isNotBlank();
        assertThat(start.json().has("type")).isFalse();

        var decided = calls.post(worker, "/api/v1/incidents/classify", """
                {"penetration": false, "unwantedSexualContact": false, "physicalAssault": true,
                 "psychologicalAbuse": true}""");
        assertThat(decided.json().get("type").asString()).isEqualTo("PHYSICAL_ASSAULT");
        assertThat(decided.json().has("next")).isFalse();
        assertThat(decided.json().get("answers").has("psychologicalAbuse")).as("asked after the first yes").isFalse();

        Caller counsellor = calls.aUserWithRoles(Roles.HOTLINE_COUNSELLOR);
        assertThat(calls.post(counsellor, "/api/v1/incidents/classify", "{}").status()).isEqualTo(403);
    }

    private String incidents() {
        return CASES + "/" + caseId + "/incidents";
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
