package org.anhduong.casework;

import org.anhduong.test.AuditRows;
import org.anhduong.platform.security.Roles;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.anhduong.casework.CaseworkCalls.CASES;
import static org.anhduong.casework.CaseworkCalls.aPhoneNumber;
import static org.anhduong.casework.CaseworkCalls.aWord;
import static org.anhduong.casework.CaseworkCalls.anIdNumber;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #4's API acceptance in one story, as a client of {@code /api/v1/cases} with API tokens: a case from the 111
 * line with a client and two children is opened and read back; case workers outside the team are answered 404 and
 * every attempt is in the audit trail; an update under a stale If-Match is a conflict; and no table of the database
 * holds the client's name, phone, căn cước number, address, a child's name or the note in plain text.
 */
@IntegrationTest
class CaseworkAcceptanceApiIT {

    @Autowired
    CaseworkCalls calls;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a111CaseIsOpenedReadGuardedLockedAndStoredEncrypted() {
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        // Twelve made-up letters each, so that no other text in the database (place names, ciphertext) holds them.
        var secrets = new Secrets(aWord() + aWord(), aPhoneNumber(), anIdNumber(), aWord() + aWord(),
                aWord() + aWord(), aWord() + aWord(), aWord() + aWord(), aWord() + aWord());

        var created = calls.open(worker, intake(secrets));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        String path = CASES + "/" + id;

        var read = calls.get(worker, path);
        assertThat(read.status()).isEqualTo(200);
        JsonNode file = read.json();
        assertThat(file.get("case").get("source").asString()).isEqualTo("NATIONAL_HOTLINE_111");
        assertThat(file.get("case").get("referringReference").asString()).isEqualTo("111-2026-004512");
        assertThat(file.get("client").get("idNumber").asString()).isEqualTo(secrets.idNumber());
        assertThat(file.get("client").get("phones").get(0).asString()).isEqualTo("+84" + secrets.phone().substring(1));
        assertThat(file.get("client").get("address").asString()).contains(secrets.addressWord());
        assertThat(file.get("companions")).hasSize(2);
        assertThat(file.get("companions").valueStream().map(c -> c.get("relation").asString())).containsOnly("CHILD");
        assertThat(calls.get(worker, path + "/companions").json().get(0).get("name").asString())
                .isEqualTo("Bé " + secrets.childWord());
        assertThat(calls.post(worker, path + "/client/name", "").json().get("fullName").asString())
                .isEqualTo("Nguyễn Thị " + secrets.nameWord());
        var note = calls.post(worker, path + "/notes", "{\"text\": \"" + secrets.note() + "\"}");
        assertThat(note.status()).as(note.body()).isEqualTo(201);
        assertThat(calls.get(worker, path + "/notes").json().get(0).get("text").asString()).isEqualTo(secrets.note());
        var handover = calls.post(worker, path + "/handovers", """
                {"to": "TO_FAMILY", "handedOverOn": "%s", "receiverName": "Nguyễn Văn %s", "receiverRelation": "PARENT",
                 "notes": "Về ở với bà ngoại"}""".formatted(java.time.LocalDate.now(org.anhduong.platform.web.Ui.ZONE),
                secrets.receiverWord()));
        assertThat(handover.status()).as(handover.body()).isEqualTo(201);
        var order = calls.post(worker, path + "/protection-orders", """
                {"issuer": "COURT", "requestedAt": "%s", "notified": ["POLICE"], "notifiedNote": "Báo ông %s"}"""
                .formatted(java.time.Instant.now().minusSeconds(3600), secrets.orderWord()));
        assertThat(order.status()).as(order.body()).isEqualTo(201);
        assertThat(calls.get(worker, path + "/handovers").json().get(0).get("receiverName").asString())
                .endsWith(secrets.receiverWord());

        Caller colleague = calls.aColleagueOf(worker, Roles.CASE_WORKER);
        Caller stranger = calls.aUserWithRoles(Roles.CASE_WORKER);
        for (Caller outsider : List.of(colleague, stranger)) {
            assertThat(calls.get(outsider, path).status()).isEqualTo(404);
            assertThat(calls.patch(outsider, path, "{\"priority\": \"URGENT\"}", "\"0\"").status()).isEqualTo(404);
            assertThat(calls.get(outsider, path + "/notes").status()).isEqualTo(404);
            assertThat(calls.get(outsider, path + "/notes").body()).doesNotContain(secrets.noteWord());
            assertThat(auditedOnCase(id, outsider)).as("every attempt audited, none succeeded").hasSize(4)
                    .allMatch(event -> event.endsWith(" DENIED")).contains("case.read DENIED", "note.read DENIED");
        }

        assertThat(calls.patch(worker, path, "{\"priority\": \"URGENT\"}", "\"0\"").status()).isEqualTo(200);
        var stale = calls.patch(worker, path, "{\"riskLevel\": \"HIGH\"}", "\"0\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").asString()).isEqualTo("stale-version");
        assertThat(calls.get(worker, path).json().get("case").get("riskLevel").asString()).isNotEqualTo("HIGH");

        assertThat(plainTextAnywhere(secrets.plainValues())).as("tables and columns holding a plain value").isEmpty();
    }

    /** The user's audit events on the case, oldest first, as "action OUTCOME". */
    private List<String> auditedOnCase(long caseId, Caller user) {
        AuditRows.awaitSealed(jdbc);
        return jdbc.sql("""
                        SELECT action, outcome FROM audit_events
                        WHERE record_type = 'case' AND record_id = :id AND actor_user_id = :user ORDER BY id""")
                .param("id", String.valueOf(caseId)).param("user", user.id())
                .query((rs, row) -> rs.getString("action") + " " + rs.getString("outcome")).list();
    }

    /** The client's personal values, each unique to this test, and the note; names and address carry a made-up word. */
    private record Secrets(String nameWord, String phone, String idNumber, String addressWord, String childWord,
                           String noteWord, String receiverWord, String orderWord) {

        String note() {
            return "Chị kể chồng dọa đốt nhà ở xóm " + noteWord + "; hẹn gặp lại thứ Hai.";
        }

        /** What must never be stored as it was typed; the phone without its leading 0 matches both of its forms. */
        Map<String, String> plainValues() {
            var values = new LinkedHashMap<String, String>();
            values.put("name", nameWord);
            values.put("phone", phone.substring(1));
            values.put("idNumber", idNumber);
            values.put("address", addressWord);
            values.put("companion name", childWord);
            values.put("note", noteWord);
            values.put("hand-over receiver", receiverWord);
            values.put("protection order note", orderWord);
            return values;
        }
    }

    private static String intake(Secrets s) {
        return """
                {"type": "CHILD_ABUSE", "source": "NATIONAL_HOTLINE_111", "referringReference": "111-2026-004512",
                 "priority": "HIGH",
                 "client": {"fullName": "Nguyễn Thị %s", "sex": "FEMALE", "dateOfBirth": "17/05/1994",
                            "idNumber": "%s", "phones": ["%s"], "address": "Số 12 ngõ %s, phường Hồng Gai",
                            "ethnicity": "01", "maritalStatus": "MARRIED", "occupation": "WORKER"},
                 "companions": [{"relation": "CHILD", "sex": "FEMALE", "dateOfBirth": "2017", "name": "Bé %s"},
                                {"relation": "CHILD", "sex": "MALE", "dateOfBirth": "2020-03"}]}"""
                .formatted(s.nameWord(), s.idNumber(), s.phone(), s.addressWord(), s.childWord());
    }

    /**
     * Every table of the application's schema with a text column that contains one of the values, as "table: what".
     * Searched by the database, so the audit trail, the event registry and every module's tables are covered without
     * knowing them.
     */
    private List<String> plainTextAnywhere(Map<String, String> values) {
        Map<String, List<String>> textColumns = jdbc.sql("""
                        SELECT table_name, column_name FROM information_schema.columns
                        WHERE table_schema = CURRENT_SCHEMA AND UPPER(data_type) IN
                              ('CHARACTER VARYING', 'CHARACTER', 'TEXT', 'CHARACTER LARGE OBJECT', 'JSON', 'JSONB')
                        ORDER BY table_name, column_name""")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        assertThat(textColumns).as("the schema's text columns").containsKeys("casework_clients", "casework_notes",
                "audit_events");
        List<String> found = new ArrayList<>();
        textColumns.forEach((table, columns) -> {
            String anyColumn = columns.stream().map(c -> "CAST(\"" + c + "\" AS VARCHAR) LIKE :value")
                    .collect(Collectors.joining(" OR "));
            values.forEach((what, value) -> {
                long rows = jdbc.sql("SELECT COUNT(*) FROM \"" + table + "\" WHERE " + anyColumn)
                        .param("value", "%" + value + "%").query(Long.class).single();
                if (rows > 0) {
                    found.add(table + ": " + what);
                }
            });
        });
        return found;
    }
}
