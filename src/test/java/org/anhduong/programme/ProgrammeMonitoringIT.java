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

/** Indicators computed from activities or entered by hand with evidence, and supervision visits. Year 1994. */
@IntegrationTest
class ProgrammeMonitoringIT {

    @Autowired
    ProgrammeCalls calls;

    @Test
    void indicatorsShowProgressAgainstTheirTargets() {
        Caller officer = calls.aUserWithRoles(Roles.PROGRAMME_OFFICER);
        long model = ProgrammeCalls.id(calls.model(officer, "Nhóm tư vấn Bãi Cháy", "COUNSELLING_GROUP", false,
                List.of("06673"), "ACTIVE", LocalDate.of(1994, 1, 1)));
        ProgrammeCalls.id(calls.post(officer, ProgrammeCalls.BASE + "/activities", """
                {"kind": "COMMUNITY_MEETING", "heldOn": "1994-03-01", "modelId": %d, "communeCode": "06673",
                 "participants": {"female": 30, "male": 10, "otherOrUnknown": 0}}""".formatted(model)));
        long reached = ProgrammeCalls.id(calls.post(officer, ProgrammeCalls.BASE + "/indicators", """
                {"name": "Số người được tiếp cận", "measure": "PEOPLE_REACHED", "modelId": %d,
                 "periodFrom": "1994-01-01", "periodTo": "1994-12-31", "target": 80}""".formatted(model)));
        long trusted = ProgrammeCalls.id(calls.post(officer, ProgrammeCalls.BASE + "/indicators", """
                {"name": "Số xã có địa chỉ tin cậy", "measure": "MANUAL",
                 "periodFrom": "1994-01-01", "periodTo": "1994-12-31", "target": 10}"""));
        var noEvidence = calls.post(officer, ProgrammeCalls.BASE + "/indicators/" + trusted + "/values",
                "{\"measuredOn\": \"1994-06-30\", \"amount\": 4}");
        assertThat(noEvidence.status()).isEqualTo(400);
        assertThat(calls.post(officer, ProgrammeCalls.BASE + "/indicators/" + trusted + "/values",
                "{\"measuredOn\": \"1994-06-30\", \"amount\": 4, \"evidence\": \"Báo cáo 6 tháng của xã\"}").status())
                .isEqualTo(200);
        var computed = calls.post(officer, ProgrammeCalls.BASE + "/indicators/" + reached + "/values",
                "{\"measuredOn\": \"1994-06-30\", \"amount\": 4, \"evidence\": \"x\"}");
        assertThat(computed.status()).isEqualTo(409);
        assertThat(computed.json().get("code").asString()).isEqualTo("indicator-computed");

        JsonNode summary = calls.summary(officer, LocalDate.of(1994, 1, 1), LocalDate.of(1994, 12, 31));
        JsonNode first = indicator(summary, reached);
        assertThat(first.get("value").asLong()).isEqualTo(40);
        assertThat(first.get("percent").asLong()).isEqualTo(50);
        JsonNode second = indicator(summary, trusted);
        assertThat(second.get("value").asLong()).isEqualTo(4);
        assertThat(second.get("evidence").asString()).isEqualTo("Báo cáo 6 tháng của xã");
        assertThat(second.get("percent").asLong()).isEqualTo(40);
    }

    @Test
    void aVisitKeepsItsFollowUpActionsWithOwnersAndDueDates() {
        Caller officer = calls.aUserWithRoles(Roles.PROGRAMME_OFFICER);
        long model = ProgrammeCalls.id(calls.model(officer, "Mô hình trường học", "SCHOOL_BASED", false,
                List.of("06676"), "ACTIVE", LocalDate.of(1994, 1, 1)));
        JsonNode visit = ProgrammeCalls.created(calls.post(officer, ProgrammeCalls.BASE + "/visits", """
                {"visitedOn": "1994-05-10", "modelId": %d, "findings": "Sổ ghi chép chưa đầy đủ",
                 "recommendations": "Cập nhật sổ hằng tháng",
                 "actions": [{"action": "Cập nhật sổ", "owner": "Trần Thị Mai", "dueOn": "1994-06-10"}]}"""
                .formatted(model)));
        assertThat(visit.get("actions").get(0).get("owner").asString()).isEqualTo("Trần Thị Mai");
        assertThat(visit.get("actions").get(0).get("done").asBoolean()).isFalse();
        var done = calls.put(officer, ProgrammeCalls.BASE + "/visits/" + visit.get("id").asLong(), """
                {"visitedOn": "1994-05-10", "modelId": %d, "findings": "Sổ ghi chép chưa đầy đủ",
                 "actions": [{"action": "Cập nhật sổ", "owner": "Trần Thị Mai", "dueOn": "1994-06-10",
                              "done": true}]}""".formatted(model), "\"1\"");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().get("actions").get(0).get("done").asBoolean()).isTrue();
        var noOwner = calls.post(officer, ProgrammeCalls.BASE + "/visits", """
                {"visitedOn": "1994-05-10", "modelId": %d, "actions": [{"action": "x", "dueOn": "1994-06-10"}]}"""
                .formatted(model));
        assertThat(noOwner.status()).isEqualTo(400);
        assertThat(noOwner.body()).contains("actions[0].owner");
    }

    private static JsonNode indicator(JsonNode summary, long id) {
        for (JsonNode i : summary.get("indicators")) {
            if (i.get("indicatorId").asLong() == id) {
                return i;
            }
        }
        throw new AssertionError("indicator " + id + " not in the summary");
    }
}
