package org.anhduong.casework;

import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.platform.security.Roles;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.anhduong.casework.CaseworkCalls.CASES;
import static org.anhduong.casework.CaseworkCalls.aPhoneNumber;
import static org.anhduong.casework.CaseworkCalls.aWord;
import static org.anhduong.casework.CaseworkCalls.anIdNumber;
import static org.anhduong.casework.CaseworkCalls.intake111;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changing a client's details with a merge-patch under her version, and opening a second case for a client already
 * known, through the API: who may and who may not, and what the audit trail keeps.
 */
@IntegrationTest
class ClientEditAndAttachIT {

    @Autowired
    CaseworkCalls calls;
    @Autowired
    JdbcClient jdbc;

    Caller worker;
    String name;
    String phone;
    long caseId;

    @BeforeEach
    void setUp() {
        worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        name = "Hoàng Thị Thu " + aWord();
        phone = aPhoneNumber();
        caseId = calls.opened(worker, intake111(name, phone, anIdNumber()));
    }

    @Test
    void aPatchChangesOnlyWhatItNamesUnderTheVersionReadAndKeepsTheName() {
        String place = "Thôn " + aWord() + ", xã Quảng La";
        String newPhone = aPhoneNumber();
        String patch = "{\"address\": \"%s\", \"phones\": [\"%s\"]}".formatted(place, newPhone);
        assertThat(calls.patch(worker, clientOf(caseId), patch, null).status()).isEqualTo(428);

        var changed = calls.patch(worker, clientOf(caseId), patch, "\"0\"");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.raw().headers().firstValue("ETag")).contains("\"1\"");
        assertThat(changed.json().get("address").asString()).isEqualTo(place);
        assertThat(changed.json().get("phones").get(0).asString()).isEqualTo("+84" + newPhone.substring(1));
        assertThat(changed.json().get("dateOfBirth").asString()).as("left out, kept").isEqualTo("1994-05-17");
        assertThat(changed.json().get("maritalStatus").asString()).isEqualTo("MARRIED");
        assertThat(changed.json().has("fullName")).isFalse();
        assertThat(calls.post(worker, clientOf(caseId) + "/name", "").json().get("fullName").asString()).isEqualTo(name);
        assertThat(calls.auditOutcomes("client.update", "client", clientIdOf(caseId), worker.id()))
                .containsExactly("SUCCESS");

        var stale = calls.patch(worker, clientOf(caseId), "{\"occupation\": \"FARMER\"}", "\"0\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").asString()).isEqualTo("stale-version");
        var unknown = calls.patch(worker, clientOf(caseId), "{\"survivorCode\": \"X\"}", "\"1\"");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("survivorCode");
        var invalid = calls.patch(worker, clientOf(caseId), "{\"nationality\": \"XX\"}", "\"1\"");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").get(0).get("field").asString()).isEqualTo("nationality");

        assertThat(calls.patch(worker, clientOf(caseId), "{\"otherNames\": \"Chị Thu\"}", "\"1\"").status()).isEqualTo(200);
        assertThat(calls.post(worker, clientOf(caseId) + "/name", "").json().get("otherNames").asString())
                .isEqualTo("Chị Thu");
        assertThat(calls.patch(worker, clientOf(caseId), "{\"otherNames\": null}", "\"2\"").status()).isEqualTo(200);
        var names = calls.post(worker, clientOf(caseId) + "/name", "").json();
        assertThat(names.path("otherNames").isNull() || names.path("otherNames").isMissingNode()).isTrue();
        assertThat(names.get("fullName").asString()).isEqualTo(name);

        String stored = jdbc.sql("SELECT * FROM casework_clients WHERE id = :id").param("id", clientIdOf(caseId))
                .query().listOfRows().toString();
        assertThat(stored).doesNotContain(place.substring(5, 11)).doesNotContain("Chị Thu");
    }

    @Test
    void nobodyOutsideTheTeamChangesTheClient() {
        Caller stranger = calls.aUserWithRoles(Roles.CASE_WORKER, Roles.SUPERVISOR);
        Caller colleague = calls.aColleagueOf(worker, Roles.CASE_WORKER);
        for (Caller outsider : List.of(stranger, colleague)) {
            assertThat(calls.patch(outsider, clientOf(caseId), "{\"address\": \"x\"}", "\"0\"").status()).isEqualTo(404);
            assertThat(calls.put(outsider, clientOf(caseId), "{\"address\": \"x\"}", "\"0\"").status()).isEqualTo(404);
            assertThat(calls.auditOutcomes("client.update", "case", caseId, outsider.id())).containsExactly("DENIED");
        }
        assertThat(calls.get(worker, clientOf(caseId)).raw().headers().firstValue("ETag")).contains("\"0\"");
    }

    @Test
    void aCompanionIsCorrectedOrRemovedUnderHerVersionByTheTeamOnly() {
        var listed = calls.get(worker, CASES + "/" + caseId + "/companions").json();
        long first = listed.get(0).get("id").asLong();
        long second = listed.get(1).get("id").asLong();
        String child = "{\"relation\": \"CHILD\", \"sex\": \"FEMALE\", \"dateOfBirth\": \"2016\", \"name\": \"Bé Na Na\"}";
        assertThat(calls.put(worker, companion(first), child, null).status()).isEqualTo(428);

        var corrected = calls.put(worker, companion(first), child, "\"0\"");
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().get("version").asInt()).isEqualTo(1);
        assertThat(corrected.json().get("birthYear").asInt()).isEqualTo(2016);
        assertThat(calls.put(worker, companion(first), child, "\"0\"").json().get("code").asString())
                .isEqualTo("stale-version");
        assertThat(calls.put(worker, companion(first), "{\"sex\": \"FEMALE\"}", "\"1\"").status())
                .as("the relation is required").isEqualTo(400);
        assertThat(calls.auditOutcomes("companion.update", "companion", first, worker.id())).containsExactly("SUCCESS");

        Caller colleague = calls.aColleagueOf(worker, Roles.CASE_WORKER);
        assertThat(calls.put(colleague, companion(second), child, "\"0\"").status()).isEqualTo(404);
        assertThat(calls.auditOutcomes("companion.update", "case", caseId, colleague.id())).containsExactly("DENIED");
        assertThat(calls.delete(colleague, companion(second), "\"0\"").status()).isEqualTo(404);
        assertThat(calls.auditOutcomes("companion.remove", "case", caseId, colleague.id())).containsExactly("DENIED");

        assertThat(calls.delete(worker, companion(second), "\"0\"").status()).isEqualTo(204);
        assertThat(calls.get(worker, CASES + "/" + caseId + "/companions").json()).hasSize(1);
        assertThat(calls.delete(worker, companion(second), "\"1\"").status()).as("already removed").isEqualTo(404);
        assertThat(calls.put(worker, companion(second), child, "\"1\"").status()).isEqualTo(404);
        assertThat(calls.auditOutcomes("companion.remove", "companion", second, worker.id())).containsExactly("SUCCESS");
        long otherCase = calls.opened(worker, intake111("Người khác " + aWord(), aPhoneNumber(), anIdNumber()));
        assertThat(calls.put(worker, CASES + "/" + otherCase + "/companions/" + first, child, "\"1\"").status())
                .as("not that case's companion").isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM casework_companions WHERE id = :id AND removed_at IS NOT NULL")
                .param("id", second).query(Long.class).single()).as("kept, marked removed").isEqualTo(1);
        assertThat(jdbc.sql("SELECT name_enc FROM casework_companions WHERE id = :id").param("id", first)
                .query(String.class).single()).startsWith("v1.").doesNotContain("Bé");
    }

    @Test
    void aSecondCaseIsOpenedForAKnownClientByHerTeamOnly() {
        long clientId = clientIdOf(caseId);
        assertThat(calls.patch(worker, clientOf(caseId), "{\"communeCode\": \"06685\"}", "\"0\"").status()).isEqualTo(200);
        String code = calls.get(worker, CASES + "/" + caseId).json().get("client").get("survivorCode").asString();
        var duplicate = calls.open(worker, intake111("Người khác " + aWord(), phone, anIdNumber()));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("clients").get(0).get("clientId").asLong()).isEqualTo(clientId);
        assertThat(duplicate.json().get("clients").get(0).get("survivorCode").asString()).isEqualTo(code);

        String forKnown = """
                {"type": "DOMESTIC_VIOLENCE", "source": "WALK_IN", "clientId": %d,
                 "companions": [{"relation": "CHILD", "dateOfBirth": "2022"}]}""".formatted(clientId);
        var opened = calls.open(worker, forKnown);
        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.json().get("survivorCode").asString()).isEqualTo(code);
        long second = opened.json().get("id").asLong();
        assertThat(second).isNotEqualTo(caseId);
        var file = calls.get(worker, CASES + "/" + second).json();
        assertThat(file.get("client").get("id").asLong()).isEqualTo(clientId);
        assertThat(file.get("case").get("communeCode").asString()).as("where she lives now").isEqualTo("06685");
        assertThat(file.get("companions")).hasSize(1);
        assertThat(calls.auditOutcomes("client.attach", "client", clientId, worker.id())).containsExactly("SUCCESS");
        assertThat(calls.auditOutcomes("client.create", "client", clientId, worker.id()))
                .as("no new client").containsExactly("SUCCESS");

        var both = calls.open(worker, forKnown.replace("\"clientId\"", "\"client\": {\"sex\": \"FEMALE\"}, \"clientId\""));
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().get("errors").get(0).get("field").asString()).isEqualTo("client");

        Caller supervisor = calls.aColleagueOf(worker, Roles.SUPERVISOR);
        assertThat(calls.open(supervisor, forKnown).status()).as("supervises the organisation").isEqualTo(201);
        Caller stranger = calls.aUserWithRoles(Roles.CASE_WORKER, Roles.SUPERVISOR);
        Caller colleague = calls.aColleagueOf(worker, Roles.CASE_WORKER);
        Caller counsellor = calls.aColleagueOf(worker, Roles.HOTLINE_COUNSELLOR);
        for (Caller outsider : List.of(stranger, colleague)) {
            var refused = calls.open(outsider, forKnown);
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.body()).doesNotContain(code);
            assertThat(calls.auditOutcomes("client.attach", "client", clientId, outsider.id())).containsExactly("DENIED");
        }
        assertThat(calls.open(counsellor, forKnown).status()).as("not from a contact").isEqualTo(403);
        assertThat(calls.open(worker, forKnown.replace("\"clientId\": " + clientId, "\"clientId\": 999999999"))
                .status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM casework_cases WHERE client_id = :id").param("id", clientId)
                .query(Long.class).single()).isEqualTo(3);
    }

    private long clientIdOf(long id) {
        return jdbc.sql("SELECT client_id FROM casework_cases WHERE id = :id").param("id", id).query(Long.class).single();
    }

    private String companion(long companionId) {
        return CASES + "/" + caseId + "/companions/" + companionId;
    }

    private static String clientOf(long id) {
        return CASES + "/" + id + "/client";
    }
}
