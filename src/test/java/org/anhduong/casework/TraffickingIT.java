package org.anhduong.casework;

import org.anhduong.platform.security.Roles;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.anhduong.casework.CaseworkCalls.CASES;
import static org.anhduong.casework.CaseworkCalls.aPhoneNumber;
import static org.anhduong.casework.CaseworkCalls.aWord;
import static org.anhduong.casework.CaseworkCalls.anIdNumber;
import static org.anhduong.casework.CaseworkCalls.intake111;
import static org.assertj.core.api.Assertions.assertThat;

/** The trafficking record of a border hand-over, through the API. */
@IntegrationTest
class TraffickingIT {

    @Autowired
    CaseworkCalls calls;
    @Autowired
    JdbcClient jdbc;

    @Test
    void identificationMovesInOrderUnderItsVersionAndStepsAreEncrypted() {
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        long id = calls.opened(worker, """
                {"type": "TRAFFICKING", "source": "POLICE_OR_BORDER_HANDOVER", "referringReference": "BP-MC-2026-031",
                 "priority": "URGENT", "client": {"sex": "FEMALE", "ageGroup": "AGE_16_17"}, "confirmNoDuplicate": true}""");
        String path = CASES + "/" + id + "/trafficking";

        var fresh = calls.get(worker, path);
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.json().get("status").asString()).isEqualTo("REPORTED");
        assertThat(fresh.raw().headers().firstValue("ETag")).contains("\"0\"");

        var skipped = calls.put(worker, path, "{\"status\": \"IDENTIFIED_VICTIM\"}", "\"0\"");
        assertThat(skipped.status()).isEqualTo(400);
        assertThat(skipped.body()).contains("status");

        var under = calls.put(worker, path, """
                {"status": "UNDER_IDENTIFICATION", "returnDate": "2026-01-14", "returnPlace": "Cửa khẩu Móng Cái",
                 "handedOverBy": "BORDER_GUARD", "support": ["HEALTH_CHECK_AND_CARE"]}""", "\"0\"");
        assertThat(under.status()).isEqualTo(200);
        assertThat(under.raw().headers().firstValue("ETag")).contains("\"1\"");
        assertThat(calls.put(worker, path, "{\"status\": \"UNDER_IDENTIFICATION\"}", "\"0\"").status())
                .as("stale").isEqualTo(409);
        assertThat(calls.put(worker, path, "{\"status\": \"UNDER_IDENTIFICATION\"}", null).status()).isEqualTo(428);

        var identified = calls.put(worker, path, """
                {"status": "IDENTIFIED_VICTIM", "returnDate": "2026-01-14", "returnPlace": "Cửa khẩu Móng Cái",
                 "handedOverBy": "BORDER_GUARD", "support": ["TRAVEL_HOME", "HEALTH_CHECK_AND_CARE"]}""", "\"1\"");
        assertThat(identified.status()).isEqualTo(200);
        assertThat(identified.json().get("support")).hasSize(2);
        assertThat(identified.json().get("handovers")).as("none recorded yet").isEmpty();
        var handed = calls.post(worker, CASES + "/" + id + "/handovers", """
                {"to": "TO_FAMILY", "handedOverOn": "2026-02-01"}""");
        assertThat(handed.status()).as(handed.body()).isEqualTo(201);
        var withHandover = calls.get(worker, path).json();
        assertThat(withHandover.get("handovers").get(0).get("to").asString()).as("shown, kept by the hand-overs")
                .isEqualTo("TO_FAMILY");
        assertThat(withHandover.get("version").asInt()).as("the record itself is unchanged").isEqualTo(2);
        var back = calls.put(worker, path, "{\"status\": \"UNDER_IDENTIFICATION\"}", "\"2\"");
        assertThat(back.status()).as("a decision is final").isEqualTo(400);

        String note = "Mẹ đang sống ở thôn Khe Lánh " + aWord();
        var step = calls.post(worker, path + "/steps", """
                {"kind": "RELATIVES", "takenOn": "2026-01-20", "note": "%s"}""".formatted(note));
        assertThat(step.status()).isEqualTo(201);
        assertThat(calls.get(worker, path).json().get("steps").get(0).get("note").asString()).isEqualTo(note);
        String stored = jdbc.sql("SELECT note_enc FROM casework_trafficking_steps WHERE case_id = :id")
                .param("id", id).query(String.class).single();
        assertThat(stored).doesNotContain("Khe Lánh");
        assertThat(calls.auditOutcomes("trafficking.update", "case", id, worker.id()))
                .containsExactly("SUCCESS", "SUCCESS");

        Caller stranger = calls.aUserWithRoles(Roles.CASE_WORKER);
        assertThat(calls.get(stranger, path).status()).isEqualTo(404);
        assertThat(calls.auditOutcomes("trafficking.read", "case", id, stranger.id())).containsExactly("DENIED");
    }

    @Test
    void otherCasesHaveNoTraffickingRecord() {
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        long id = calls.opened(worker, intake111("Đinh Thị Thu " + aWord(), aPhoneNumber(), anIdNumber()));
        var answer = calls.get(worker, CASES + "/" + id + "/trafficking");
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().get("code").asString()).isEqualTo("not-trafficking");
    }
}
