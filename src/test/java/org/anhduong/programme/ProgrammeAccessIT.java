package org.anhduong.programme;

import org.anhduong.platform.security.Roles;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may read and edit programmes, optimistic locking, the audit of changes, and extending a code list. Data in
 * 1992, a year no other test uses.
 */
@IntegrationTest
class ProgrammeAccessIT {

    static final LocalDate DAY = LocalDate.of(1992, 3, 1);

    @Autowired
    ProgrammeCalls calls;

    @Test
    void officersAndAdministratorsEditReadersReadOthersAreRefused() {
        Caller officer = calls.aUserWithRoles(Roles.PROGRAMME_OFFICER);
        Caller admin = calls.aUserWithRoles(Roles.ADMINISTRATOR);
        long model = ProgrammeCalls.id(calls.model(officer, "Địa chỉ tin cậy Hà Tu", "TRUSTED_ADDRESS", false,
                List.of("06652"), "ACTIVE", DAY));
        ProgrammeCalls.id(calls.model(admin, "Nhóm tư vấn cộng đồng", "COUNSELLING_GROUP", false, List.of("06658"),
                "PLANNED", DAY));
        assertThat(calls.auditOutcomes("programme.model.create", "programme-model", model, officer.id()))
                .containsExactly("SUCCESS");
        assertThat(calls.api().getAnonymous("/v3/api-docs").body()).contains("/api/v1/programme/summary")
                .contains("/api/v1/programme/models/{id}").contains("Programme monitoring");

        for (String reader : List.of(Roles.VIEWER, Roles.SUPERVISOR)) {
            Caller caller = calls.aUserWithRoles(reader);
            assertThat(calls.get(caller, ProgrammeCalls.BASE + "/models/" + model).status()).as(reader).isEqualTo(200);
            assertThat(calls.get(caller, ProgrammeCalls.BASE + "/summary?from=1992-01-01&to=1992-12-31").status())
                    .as(reader).isEqualTo(200);
            assertThat(calls.put(caller, ProgrammeCalls.BASE + "/models/" + model, body("ACTIVE", DAY), "\"1\"")
                    .status()).as(reader).isEqualTo(403);
            assertThat(calls.auditOutcomes("programme.model.update", "programme-model", model, caller.id()))
                    .as(reader).containsExactly("DENIED");
            assertThat(calls.post(caller, ProgrammeCalls.BASE + "/campaigns", "{\"kind\":\"ELIMINATION_DAY\","
                    + "\"year\":1992}").status()).as(reader).isEqualTo(403);
        }
        for (String other : List.of(Roles.CASE_WORKER, Roles.HOTLINE_COUNSELLOR, Roles.PARTNER, Roles.SHELTER_STAFF)) {
            Caller caller = calls.aUserWithRoles(other);
            assertThat(calls.get(caller, ProgrammeCalls.BASE + "/models").status()).as(other).isEqualTo(403);
            assertThat(calls.get(caller, ProgrammeCalls.BASE + "/summary?from=1992-01-01&to=1992-12-31").status())
                    .as(other).isEqualTo(403);
            var refused = calls.model(caller, "Không được", "OTHER", false, List.of("06652"), "ACTIVE", DAY);
            assertThat(refused.status()).as(other).isEqualTo(403);
            assertThat(refused.json().get("code").asString()).isEqualTo("forbidden");
        }
    }

    @Test
    void changesNeedTheCurrentVersionAndAStatusChangeIsKeptInTheHistory() {
        Caller officer = calls.aUserWithRoles(Roles.PROGRAMME_OFFICER);
        long model = ProgrammeCalls.id(calls.model(officer, "Thành phố an toàn", "SAFE_CITY", true,
                List.of("06673"), "ACTIVE", DAY));
        String path = ProgrammeCalls.BASE + "/models/" + model;
        assertThat(calls.put(officer, path, body("MAINTAINED", DAY.plusYears(1)), null).status()).isEqualTo(428);
        var saved = calls.put(officer, path, body("MAINTAINED", DAY.plusYears(1)), "\"1\"");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.raw().headers().firstValue("ETag")).contains("\"2\"");
        JsonNode statuses = saved.json().get("statuses");
        assertThat(statuses).hasSize(2);
        assertThat(statuses.get(0).get("to").asString()).isEqualTo("1993-02-28");
        var stale = calls.put(officer, path, body("ENDED", DAY.plusYears(2)), "\"1\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").asString()).isEqualTo("stale-version");
        var backwards = calls.put(officer, path, body("ENDED", DAY.minusDays(1)), "\"2\"");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(calls.auditOutcomes("programme.model.update", "programme-model", model, officer.id()))
                .containsExactly("SUCCESS");

        var unknown = calls.model(officer, "Sai mã", "NO_SUCH_KIND", false, List.of("99999"), "ACTIVE", DAY);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("code").asString()).isEqualTo("validation-failed");
        assertThat(unknown.body()).contains("kind").contains("communes");
    }

    @Test
    void anAdministratorExtendsAListAndTheNewCodeCanBeUsed() {
        Caller admin = calls.aUserWithRoles(Roles.ADMINISTRATOR);
        Caller officer = calls.aUserWithRoles(Roles.PROGRAMME_OFFICER);
        String code = "PODCAST_" + (System.nanoTime() % 100_000);
        String entry = "{\"code\": \"%s\", \"nameVi\": \"Podcast\", \"nameEn\": \"Podcast\"}".formatted(code);
        assertThat(calls.post(officer, ProgrammeCalls.BASE + "/codes/ACTIVITY_KIND", entry).status()).isEqualTo(403);
        assertThat(calls.post(admin, ProgrammeCalls.BASE + "/codes/ACTIVITY_KIND", entry).status()).isEqualTo(200);
        assertThat(calls.get(officer, ProgrammeCalls.BASE + "/codes/ACTIVITY_KIND").body()).contains(code);
        ProgrammeCalls.id(calls.activity(officer, code, DAY, "06652", null, 3, 2, 0));
        assertThat(calls.post(admin, ProgrammeCalls.BASE + "/codes/ACTIVITY_KIND",
                "{\"code\": \"bad code\", \"nameVi\": \"x\", \"nameEn\": \"x\"}").status()).isEqualTo(400);
    }

    private static String body(String status, LocalDate from) {
        return """
                {"name": "Thành phố an toàn", "kind": "SAFE_CITY", "pilot": true, "communes": ["06673"],
                 "status": "%s", "statusFrom": "%s"}""".formatted(status, from);
    }
}
