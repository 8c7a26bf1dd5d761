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

/** Opening, reading and changing cases through the API, as an intake client of the 111 line or a case worker would. */
@IntegrationTest
class CaseApiIT {

    @Autowired
    CaseworkCalls calls;
    @Autowired
    JdbcClient jdbc;

    Caller worker;

    @BeforeEach
    void setUp() {
        worker = calls.aUserWithRoles(Roles.CASE_WORKER);
    }

    @Test
    void a111CaseWithAClientAndTwoChildrenIsOpenedAndReadBack() {
        String name = "Nguyễn Thị Lan " + aWord();
        var created = calls.open(worker, intake111(name, aPhoneNumber(), anIdNumber()));

        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.raw().headers().firstValue("Location")).contains(CASES + "/" + id);
        assertThat(created.json().get("caseNumber").asString()).matches("AD-20\\d\\d-\\d{6}");
        assertThat(created.json().get("survivorCode").asString()).matches("AD-S-\\d{5,}");
        assertThat(created.json().get("onTeam").asBoolean()).isTrue();

        var read = calls.get(worker, CASES + "/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.raw().headers().firstValue("ETag")).contains("\"0\"");
        JsonNode file = read.json();
        assertThat(file.get("case").get("status").asString()).isEqualTo("OPEN");
        assertThat(file.get("case").get("source").asString()).isEqualTo("NATIONAL_HOTLINE_111");
        assertThat(file.get("case").get("assignedWorkerId").asLong()).isEqualTo(worker.id());
        assertThat(file.get("client").get("sex").asString()).isEqualTo("FEMALE");
        assertThat(file.get("client").get("dateOfBirth").asString()).isEqualTo("1994-05-17");
        assertThat(file.get("client").get("birthYear").asInt()).isEqualTo(1994);
        assertThat(file.get("client").has("fullName")).as("names stay hidden until revealed").isFalse();
        assertThat(file.get("companions")).hasSize(2);
        assertThat(file.get("companions").get(1).get("birthYear").asInt()).isEqualTo(2020);
        assertThat(file.get("worker").get("userId").asLong()).isEqualTo(worker.id());

        var revealed = calls.post(worker, CASES + "/" + id + "/client/name", "");
        assertThat(revealed.json().get("fullName").asString()).isEqualTo(name);
        long clientId = file.get("client").get("id").asLong();
        assertThat(calls.auditOutcomes("client.revealName", "client", clientId, worker.id())).containsExactly("SUCCESS");
        assertThat(calls.auditOutcomes("case.read", "case", id, worker.id())).containsExactly("SUCCESS");
    }

    @Test
    void aCaseWorkerOutsideTheTeamGets404AndTheAttemptIsAudited() {
        long id = calls.opened(worker, intake111("Trần Thị Mai " + aWord(), aPhoneNumber(), anIdNumber()));
        Caller colleague = calls.aColleagueOf(worker, Roles.CASE_WORKER);
        Caller stranger = calls.aUserWithRoles(Roles.CASE_WORKER, Roles.SUPERVISOR);
        Caller administrator = calls.aColleagueOf(worker, Roles.ADMINISTRATOR);

        for (Caller outsider : List.of(colleague, stranger, administrator)) {
            var answer = calls.get(outsider, CASES + "/" + id);
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.json().get("code").asString()).isEqualTo("not-found");
            assertThat(calls.auditOutcomes("case.read", "case", id, outsider.id())).containsExactly("DENIED");
        }
        assertThat(calls.post(colleague, CASES + "/" + id + "/client/name", "").status()).isEqualTo(404);
        assertThat(calls.get(calls.aUserWithRoles(Roles.CASE_WORKER), CASES + "/999999999").status()).isEqualTo(404);
    }

    @Test
    void theOrganisationsSupervisorSeesAssignsAndTheWorkerThenSeesTheCase() {
        Caller supervisor = calls.aColleagueOf(worker, Roles.SUPERVISOR);
        Caller other = calls.aColleagueOf(worker, Roles.CASE_WORKER);
        long id = calls.opened(worker, intake111("Lê Thị Hoa " + aWord(), aPhoneNumber(), anIdNumber()));
        assertThat(calls.get(supervisor, CASES + "?scope=team&size=100").body()).contains("\"id\":" + id);

        var assigned = calls.patch(supervisor, CASES + "/" + id,
                "{\"assignedWorkerId\": " + other.id() + ", \"status\": \"ASSESSMENT\"}", "\"0\"");

        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.json().get("supervisorId").asLong()).isEqualTo(supervisor.id());
        assertThat(assigned.json().get("status").asString()).isEqualTo("ASSESSMENT");
        assertThat(calls.get(other, CASES + "?scope=mine").body()).contains("\"id\":" + id);
        assertThat(calls.get(worker, CASES + "/" + id).status()).as("the first worker left the team").isEqualTo(404);
        var reassignedByWorker = calls.patch(other, CASES + "/" + id, "{\"assignedWorkerId\": null}", "\"1\"");
        assertThat(reassignedByWorker.status()).isEqualTo(403);
        var backwards = calls.patch(other, CASES + "/" + id, "{\"status\": \"OPEN\"}", "\"1\"");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
    }

    @Test
    void aStaleIfMatchIsAConflictAndAMissingOneIsRequired() {
        long id = calls.opened(worker, intake111("Phạm Thị Thu " + aWord(), aPhoneNumber(), anIdNumber()));
        String path = CASES + "/" + id;

        assertThat(calls.patch(worker, path, "{\"priority\": \"URGENT\"}", null).status()).isEqualTo(428);
        var first = calls.patch(worker, path, "{\"priority\": \"URGENT\"}", "\"0\"");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.raw().headers().firstValue("ETag")).contains("\"1\"");
        var stale = calls.patch(worker, path, "{\"riskLevel\": \"HIGH\"}", "\"0\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").asString()).isEqualTo("stale-version");

        var client = calls.get(worker, path + "/client");
        String body = "{\"sex\": \"FEMALE\", \"phones\": [\"" + aPhoneNumber() + "\"], \"occupation\": \"FARMER\"}";
        assertThat(calls.put(worker, path + "/client", body, null).status()).isEqualTo(428);
        String etag = client.raw().headers().firstValue("ETag").orElseThrow();
        assertThat(calls.put(worker, path + "/client", body, etag).status()).isEqualTo(200);
        assertThat(calls.put(worker, path + "/client", body, etag).status()).isEqualTo(409);
        var revealed = calls.post(worker, path + "/client/name", "");
        assertThat(revealed.json().get("fullName").asString()).as("a PUT without a name keeps it").startsWith("Phạm Thị Thu");
    }

    @Test
    void searchFindsByPhoneIdAndNameWordsWithoutDiacritics() {
        String word = aWord();
        String phone = aPhoneNumber();
        String idNumber = anIdNumber();
        long id = calls.opened(worker, intake111("Nguyễn Thị Lan " + word, phone, idNumber));

        for (String criteria : List.of("{\"name\": \"Nguyen Thi Lan " + word + "\"}",
                "{\"name\": \"" + word.toUpperCase() + " lan\"}",
                "{\"phone\": \"+84 " + phone.substring(1, 4) + " " + phone.substring(4) + "\"}",
                "{\"idNumber\": \"" + idNumber.substring(0, 6) + " " + idNumber.substring(6) + "\"}")) {
            var found = calls.post(worker, CASES + "/search", criteria);
            assertThat(found.status()).as(criteria).isEqualTo(200);
            assertThat(found.json().get("cases")).as(criteria).hasSize(1);
            assertThat(found.json().get("cases").get(0).get("id").asLong()).isEqualTo(id);
        }
        var none = calls.post(worker, CASES + "/search", "{\"name\": \"Nguyen Thi Hoa " + word + "\"}");
        assertThat(none.json().get("cases")).isEmpty();

        Caller elsewhere = calls.aUserWithRoles(Roles.CASE_WORKER);
        var hint = calls.post(elsewhere, CASES + "/search", "{\"phone\": \"" + phone + "\"}");
        assertThat(hint.json().get("cases")).isEmpty();
        assertThat(hint.json().get("elsewhere").get(0).get("organisationId").asLong()).isEqualTo(worker.organisationId());
        assertThat(hint.body()).doesNotContain(word);
    }

    @Test
    void aPossibleDuplicateIsWarnedAboutUntilConfirmed() {
        String phone = aPhoneNumber();
        String name = "Đỗ Thị Hằng " + aWord();
        calls.opened(worker, intake111(name, phone, anIdNumber()));
        String code = calls.post(worker, CASES + "/search", "{\"phone\": \"" + phone + "\"}").json()
                .get("cases").get(0).get("survivorCode").asString();

        var samePhone = calls.open(worker, intake111("Người khác " + aWord(), phone, anIdNumber()));
        assertThat(samePhone.status()).isEqualTo(409);
        assertThat(samePhone.json().get("code").asString()).isEqualTo("possible-duplicate");
        assertThat(samePhone.json().get("survivorCodes").get(0).asString()).isEqualTo(code);

        var sameNameAndYear = calls.open(worker, intake111(name.toUpperCase(), aPhoneNumber(), anIdNumber()));
        assertThat(sameNameAndYear.status()).isEqualTo(409);

        Caller stranger = calls.aUserWithRoles(Roles.CASE_WORKER);
        var hidden = calls.open(stranger, intake111("Người khác " + aWord(), phone, anIdNumber()));
        assertThat(hidden.status()).isEqualTo(409);
        assertThat(hidden.json().get("survivorCodes")).isEmpty();
        assertThat(hidden.json().get("elsewhere").asBoolean()).isTrue();

        String confirmed = intake111("Người khác " + aWord(), phone, anIdNumber()).replaceFirst("\\{", "{\"confirmNoDuplicate\": true, ");
        assertThat(calls.open(stranger, confirmed).status()).isEqualTo(201);
    }

    @Test
    void invalidInputNamesEveryFieldWithoutRepeatingIt() {
        var answer = calls.open(worker, """
                {"source": "WALK_IN", "referringReference": "%s",
                 "client": {"phones": ["12ab"], "idNumber": "999", "dateOfBirth": "31/02/1990", "nationality": "XX"},
                 "companions": [{"sex": "MALE"}]}""".formatted("x".repeat(101)));

        assertThat(answer.status()).isEqualTo(400);
        List<String> fields = answer.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        assertThat(fields).contains("type", "referringReference", "client.phones[0]", "client.idNumber",
                "client.dateOfBirth", "client.nationality", "companions[0].relation");
        assertThat(answer.body()).doesNotContain("12ab");
    }

    @Test
    void theDatabaseHoldsNoPlainNamePhoneIdOrAddress() {
        String word = aWord();
        String phone = aPhoneNumber();
        String idNumber = anIdNumber();
        long id = calls.opened(worker, intake111("Vũ Thị Nga " + word, phone, idNumber));
        long clientId = jdbc.sql("SELECT client_id FROM casework_cases WHERE id = :id").param("id", id)
                .query(Long.class).single();

        String stored = rows("SELECT * FROM casework_clients WHERE id = :id", clientId)
                + rows("SELECT * FROM casework_client_phones WHERE client_id = :id", clientId)
                + rows("SELECT * FROM casework_client_name_tokens WHERE client_id = :id", clientId)
                + rows("SELECT * FROM casework_companions WHERE case_id = :id", id)
                + rows("SELECT * FROM casework_cases WHERE id = :id", id);
        assertThat(stored).doesNotContain(word).doesNotContain("Nga").doesNotContain(phone.substring(1))
                .doesNotContain(idNumber).doesNotContain("Hồng Gai").doesNotContain("Bé Na").doesNotContain("1994-05-17");
        assertThat(stored).contains("v1.");
    }

    private String rows(String sql, long id) {
        List<Map<String, Object>> rows = jdbc.sql(sql).param("id", id).query().listOfRows();
        assertThat(rows).as(sql).isNotEmpty();
        return rows.toString();
    }
}
