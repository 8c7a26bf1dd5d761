package org.anhduong.hotline;

import org.anhduong.platform.security.Roles;
import org.anhduong.test.Api;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static org.anhduong.hotline.HotlineCalls.CONTACTS;
import static org.anhduong.hotline.HotlineCalls.aPhoneNumber;
import static org.anhduong.hotline.HotlineCalls.e164;
import static org.assertj.core.api.Assertions.assertThat;

/** Recording, reading and changing contacts through the API, as a counsellor's client would. */
@IntegrationTest
class ContactApiIT {

    @Autowired
    HotlineCalls calls;
    @Autowired
    JdbcClient jdbc;

    Caller counsellor;

    @BeforeEach
    void setUp() {
        counsellor = calls.aUserWithRoles(Roles.HOTLINE_COUNSELLOR);
    }

    /** No case is requested: casework would open one and link it, changing the contact's version meanwhile. */
    static String gbvCall(String phone, String note) {
        return """
                {"type": "ABOUT_SELF", "channel": "PHONE", "receivedAt": "2026-03-02T13:05:00Z",
                 "answeredAt": "2026-03-02T13:05:20Z", "endedAt": "2026-03-02T13:21:40Z",
                 "callerPhone": "%s", "callerName": "Nguyễn Thị Mận", "callerSex": "FEMALE", "callerAgeGroup": "AGE_25_59",
                 "categories": ["DV_PHYSICAL"], "urgency": "URGENT", "services": ["SAFETY_PLANNING", "INFORMATION"],
                 "outcome": "CASE_OPENED", "summary": "%s", "callBackFrom": "09:00", "callBackTo": "11:00",
                 "caseRequested": false}""".formatted(phone, note);
    }

    @Test
    void aGbvCallIsRecordedAndReadBackWithItsVersion() {
        String phone = aPhoneNumber();
        var created = calls.record(counsellor, gbvCall(phone.substring(0, 4) + " " + phone.substring(4), "Chồng đánh"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        long id = body.get("id").asLong();
        assertThat(created.raw().headers().firstValue("Location")).contains(CONTACTS + "/" + id);
        assertThat(created.raw().headers().firstValue("ETag")).contains("\"0\"");
        assertThat(body.get("callerPhone").asString()).isEqualTo(e164(phone));
        assertThat(body.get("gbvRelated").asBoolean()).isTrue();
        assertThat(body.get("durationSeconds").asLong()).isEqualTo(980);
        assertThat(body.get("services").toString()).isEqualTo("[\"INFORMATION\",\"SAFETY_PLANNING\"]");
        assertThat(body.get("callBackFrom").asString()).isEqualTo("09:00:00");
        assertThat(body.get("counsellorId").asLong()).isEqualTo(counsellor.account().id());
        assertThat(body.get("organisationId").asLong()).isEqualTo(counsellor.organisationId());

        var read = calls.get(counsellor, CONTACTS + "/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.raw().headers().firstValue("ETag")).contains("\"0\"");
        assertThat(read.json().get("summary").asString()).isEqualTo("Chồng đánh");
        assertThat(read.json().get("receivedAt").asString()).isEqualTo("2026-03-02T13:05:00Z");
    }

    /**
     * The answer to a save is built from what was written, not read back: it must be exactly what a read gives, in the
     * body and the ETag, whatever order the categories came in and however precise the times were.
     */
    @Test
    void theAnswerToASaveIsWhatAReadGives() {
        String phone = aPhoneNumber();
        String json = """
                {"type": "ABOUT_OTHER", "receivedAt": "2026-03-02T13:05:00.123456789Z",
                 "answeredAt": "2026-03-02T13:05:20.5Z", "endedAt": "2026-03-02T13:21:40Z",
                 "callerPhone": "%s", "callerName": "  Trần Văn Bình ", "callerRelation": "PARENT_OR_RELATIVE",
                 "concernedSex": "FEMALE", "concernedAgeGroup": "AGE_12_15",
                 "categories": ["MENTAL_HEALTH_DISTRESS", "DV_PHYSICAL", "DV_PHYSICAL"], "urgency": "URGENT",
                 "services": ["SAFETY_PLANNING", "INFORMATION"], "outcome": "REFERRED", "summary": "Con gái bị đánh",
                 "callBackFrom": "09:00:59", "callBackTo": "11:00", "callBackDue": "2026-03-03T02:00:00.000000999Z"}"""
                .formatted(phone.substring(0, 4) + " " + phone.substring(4));

        for (var created : List.of(calls.record(counsellor, json), calls.record(counsellor, json, UUID.randomUUID().toString()))) {
            assertThat(created.status()).isEqualTo(201);
            var read = calls.get(counsellor, CONTACTS + "/" + created.json().get("id").asLong());
            assertThat(created.json()).isEqualTo(read.json());
            assertThat(created.raw().headers().firstValue("ETag")).isEqualTo(read.raw().headers().firstValue("ETag"));
            assertThat(created.json().get("categories").toString()).isEqualTo("[\"DV_PHYSICAL\",\"MENTAL_HEALTH_DISTRESS\"]");
            assertThat(created.json().get("caseRefs").toString()).isEqualTo("[]");
        }
    }

    @Test
    void aSilentCallSavesWithoutANumber() {
        var created = calls.record(counsellor, "{\"type\": \"SILENT\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().has("callerPhone")).isFalse();
        assertThat(created.json().get("type").asString()).isEqualTo("SILENT");
        assertThat(created.json().get("channel").asString()).isEqualTo("PHONE");

        var withheld = calls.record(counsellor, "{\"type\": \"HANG_UP\", \"callerPhoneWithheld\": true}");
        assertThat(withheld.status()).isEqualTo(201);
        assertThat(withheld.json().get("callerPhoneWithheld").asBoolean()).isTrue();
    }

    @Test
    void anInvalidPhoneIsAFieldErrorThatDoesNotRepeatIt() {
        var response = calls.record(counsellor, "{\"type\": \"HANG_UP\", \"callerPhone\": \"12ab\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("validation-failed");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("callerPhone");
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("0912 345 678");
        assertThat(response.body()).doesNotContain("12ab");
    }

    @Test
    void aMisspeltFieldIsRefusedNamingItInsteadOfDroppedWithoutAWord() {
        var response = calls.record(counsellor, "{\"type\": \"HANG_UP\", \"callerPhon\": \"0912345678\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("validation-failed");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("callerPhon");
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("API không có trường này");
        assertThat(response.body()).doesNotContain("0912345678");
    }

    @Test
    void theSameIdempotencyKeyTwiceGivesOneContact() {
        String phone = aPhoneNumber();
        String key = UUID.randomUUID().toString();
        String json = "{\"type\": \"HANG_UP\", \"callerPhone\": \"" + phone + "\"}";

        var first = calls.record(counsellor, json, key);
        var second = calls.record(counsellor, json, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
        assertThat(calls.lookup(counsellor, phone).json().get("contactCount").asLong()).isEqualTo(1);
    }

    @Test
    void concurrentRetriesWithOneKeyStillGiveOneContact() throws Exception {
        String phone = aPhoneNumber();
        String key = UUID.randomUUID().toString();
        String json = "{\"type\": \"MISSED\", \"callerPhone\": \"" + phone + "\"}";

        try (var pool = Executors.newFixedThreadPool(4)) {
            Callable<Api.Response> retry = () -> calls.record(counsellor, json, key);
            var answers = pool.invokeAll(Collections.nCopies(4, retry));
            List<Integer> statuses = new ArrayList<>();
            Set<Long> ids = new HashSet<>();
            for (var answer : answers) {
                statuses.add(answer.get().status());
                ids.add(answer.get().json().get("id").asLong());
            }
            assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
            assertThat(ids).hasSize(1);
        }
        assertThat(calls.lookup(counsellor, phone).json().get("contactCount").asLong()).isEqualTo(1);
    }

    @Test
    void aKeyReusedWithOtherDetailsIsAConflict() {
        String key = UUID.randomUUID().toString();
        assertThat(calls.record(counsellor, "{\"type\": \"SILENT\"}", key).status()).isEqualTo(201);

        var reused = calls.record(counsellor, "{\"type\": \"WRONG_NUMBER\"}", key);

        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.json().get("code").asString()).isEqualTo("idempotency-key-reused");
    }

    @Test
    void keysBelongToTheirUser() {
        String key = UUID.randomUUID().toString();
        Caller colleague = calls.aColleagueOf(counsellor, Roles.HOTLINE_COUNSELLOR);

        var mine = calls.record(counsellor, "{\"type\": \"SILENT\"}", key);
        var theirs = calls.record(colleague, "{\"type\": \"SILENT\"}", key);

        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.json().get("id").asLong()).isNotEqualTo(mine.json().get("id").asLong());
    }

    @Test
    void neitherThePhoneNorTheNoteIsReadableInTheDatabase() {
        String phone = aPhoneNumber();
        String note = "Ghi chú bí mật " + UUID.randomUUID();
        long id = calls.recorded(counsellor, gbvCall(phone, note));

        Map<String, Object> row = jdbc.sql("SELECT * FROM hotline_contacts WHERE id = :id").param("id", id)
                .query().singleRow();
        String stored = row.values().toString();
        assertThat(stored).doesNotContain(phone.substring(1)).doesNotContain(note).doesNotContain("Mận");
        assertThat(row.get("caller_phone_enc").toString()).startsWith("v1.");
        assertThat(row.get("summary_enc").toString()).startsWith("v1.");
        assertThat(row.get("phone_bidx").toString()).hasSize(64);
    }

    @Test
    void anUnknownEnumValueIsAFieldErrorNamingTheField() {
        var sex = calls.record(counsellor, "{\"type\": \"SILENT\", \"callerSex\": \"MARTIAN\"}");
        assertThat(sex.status()).isEqualTo(400);
        assertThat(sex.json().get("errors").get(0).get("field").asString()).isEqualTo("callerSex");
        assertThat(sex.body()).doesNotContain("MARTIAN");

        var service = calls.record(counsellor, "{\"type\": \"SILENT\", \"services\": [\"INFORMATION\", \"MAGIC\"]}");
        assertThat(service.status()).isEqualTo(400);
        assertThat(service.json().get("errors").get(0).get("field").asString()).isEqualTo("services");

        var type = calls.record(counsellor, "{\"type\": \"CHAT\"}");
        assertThat(type.json().get("errors").get(0).get("field").asString()).isEqualTo("type");
    }

    @Test
    void gbvRelatedIsDerivedAndNeverTakenFromTheRequest() {
        var refused = calls.record(counsellor, """
                {"type": "ABOUT_OTHER", "callerRelation": "NEIGHBOUR", "categories": ["LEGAL_QUESTIONS"],
                 "outcome": "RESOLVED", "gbvRelated": true}""");
        assertThat(refused.status()).as("derived, so not a field of the request").isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("gbvRelated");

        var created = calls.record(counsellor, """
                {"type": "ABOUT_OTHER", "callerRelation": "NEIGHBOUR", "categories": ["LEGAL_QUESTIONS"],
                 "outcome": "RESOLVED"}""");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("gbvRelated").asBoolean()).isFalse();
    }

    @Test
    void aChangeNeedsIfMatchAndACurrentVersion() {
        long id = calls.recorded(counsellor, gbvCall(aPhoneNumber(), "Lần đầu"));
        String path = CONTACTS + "/" + id;
        String patch = "{\"urgency\": \"DANGER_TO_LIFE\", \"callBackFrom\": null, \"callBackTo\": null}";

        var missing = calls.patch(counsellor, path, patch, null);
        assertThat(missing.status()).isEqualTo(428);
        assertThat(missing.json().get("code").asString()).isEqualTo("precondition-required");

        var changed = calls.patch(counsellor, path, patch, "\"0\"");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.raw().headers().firstValue("ETag")).contains("\"1\"");
        assertThat(changed.json().get("urgency").asString()).isEqualTo("DANGER_TO_LIFE");
        assertThat(changed.json().has("callBackFrom")).isFalse();
        assertThat(changed.json().get("summary").asString()).isEqualTo("Lần đầu");
        assertThat(changed.json().get("categories").toString()).contains("DV_PHYSICAL");

        var stale = calls.patch(counsellor, path, "{\"summary\": \"ghi đè\"}", "\"0\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").asString()).isEqualTo("stale-version");
    }

    @Test
    void aChangeIsCheckedLikeANewContact() {
        long id = calls.recorded(counsellor, gbvCall(aPhoneNumber(), "Ghi chú"));
        String path = CONTACTS + "/" + id;

        var badEnum = calls.patch(counsellor, path, "{\"urgency\": \"SOMEDAY\"}", "\"0\"");
        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(badEnum.json().get("errors").get(0).get("field").asString()).isEqualTo("urgency");

        var badPhone = calls.patch(counsellor, path, "{\"callerPhone\": \"12ab\"}", "\"0\"");
        assertThat(badPhone.status()).isEqualTo(400);
        assertThat(badPhone.json().get("errors").get(0).get("field").asString()).isEqualTo("callerPhone");

        var noCategories = calls.patch(counsellor, path, "{\"categories\": null}", "\"0\"");
        assertThat(noCategories.json().get("errors").get(0).get("field").asString()).isEqualTo("categories");

        assertThat(calls.get(counsellor, path).raw().headers().firstValue("ETag")).contains("\"0\"");
    }

    @Test
    void doNotCallBackNeedsNoVersionAndClearsTheWindow() {
        long id = calls.recorded(counsellor, gbvCall(aPhoneNumber(), "Ghi chú"));

        var marked = calls.post(counsellor, CONTACTS + "/" + id + "/do-not-call-back", "");
        var again = calls.post(counsellor, CONTACTS + "/" + id + "/do-not-call-back", "");

        assertThat(marked.status()).isEqualTo(200);
        assertThat(marked.json().get("doNotCallBack").asBoolean()).isTrue();
        assertThat(marked.json().has("callBackFrom")).isFalse();
        assertThat(again.json().get("version").asInt()).isEqualTo(marked.json().get("version").asInt());
    }

    @Test
    void theListShowsTheOrganisationsContactsWithoutPersonalDetails() {
        String phone = aPhoneNumber();
        long gbv = calls.recorded(counsellor, gbvCall(phone, "Ghi chú"));
        long silent = calls.recorded(counsellor, "{\"type\": \"SILENT\"}");
        long elsewhere = calls.recorded(calls.aUserWithRoles(Roles.HOTLINE_COUNSELLOR), gbvCall(phone, "Nơi khác"));

        var all = calls.get(counsellor, CONTACTS + "?size=200");
        var dv = calls.get(counsellor, CONTACTS + "?category=DOMESTIC_VIOLENCE&from=2026-03-02&to=2026-03-02");

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().get("total").asLong()).isEqualTo(2);
        assertThat(ids(all.json())).containsExactlyInAnyOrder(gbv, silent).doesNotContain(elsewhere);
        assertThat(ids(dv.json())).containsExactly(gbv);
        assertThat(all.body()).doesNotContain(phone.substring(1)).doesNotContain("Ghi chú");
    }

    @Test
    void theListFiltersByTheFiguresDimensionsSoACountCanLinkToItsContacts() {
        long gbv = calls.recorded(counsellor, gbvCall(aPhoneNumber(), "Ghi chú").replace("\"channel\": \"PHONE\",",
                "\"channel\": \"PHONE\", \"localityCode\": \"06685\","));
        long sms = calls.recorded(counsellor, "{\"type\": \"HANG_UP\", \"channel\": \"SMS\", \"receivedAt\": \"2026-03-02T02:00:00Z\"}");
        long callBack = calls.recorded(counsellor, "{\"type\": \"INFORMATION_ONLY\", \"direction\": \"CALL_BACK\","
                + " \"receivedAt\": \"2026-03-02T03:00:00Z\"}");
        String day = "from=2026-03-02&to=2026-03-02";

        assertThat(ids(calls.get(counsellor, CONTACTS + "?" + day).json())).containsExactlyInAnyOrder(gbv, sms, callBack);
        assertThat(ids(calls.get(counsellor, CONTACTS + "?" + day + "&gbv=true").json())).containsExactly(gbv);
        assertThat(ids(calls.get(counsellor, CONTACTS + "?" + day + "&gbv=false").json()))
                .containsExactlyInAnyOrder(sms, callBack);
        assertThat(ids(calls.get(counsellor, CONTACTS + "?" + day + "&channel=SMS").json())).containsExactly(sms);
        assertThat(ids(calls.get(counsellor, CONTACTS + "?" + day + "&direction=CALL_BACK").json()))
                .containsExactly(callBack);
        assertThat(ids(calls.get(counsellor, CONTACTS + "?" + day + "&commune=06685").json())).containsExactly(gbv);
        assertThat(ids(calls.get(counsellor, CONTACTS + "?" + day
                + "&type=ABOUT_SELF&channel=PHONE&direction=INCOMING&urgency=URGENT&gbv=true&commune=06685").json()))
                .containsExactly(gbv);
        assertThat(ids(calls.get(counsellor, CONTACTS + "?" + day + "&commune=06895").json())).isEmpty();
        assertThat(calls.get(counsellor, CONTACTS + "?channel=FAX").status()).isEqualTo(400);
    }

    @Test
    void listFiltersAreChecked() {
        var badType = calls.get(counsellor, CONTACTS + "?type=CHAT");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.json().get("errors").get(0).get("field").asString()).isEqualTo("type");

        var badRange = calls.get(counsellor, CONTACTS + "?from=2026-03-02&to=2026-03-01");
        assertThat(badRange.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
    }

    private static List<Long> ids(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("id").asLong()).toList();
    }
}
