package org.anhduong.hotline;

import org.anhduong.test.AuditRows;
import org.anhduong.platform.security.Roles;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.anhduong.hotline.HotlineCalls.CONTACTS;
import static org.anhduong.hotline.HotlineCalls.LOOKUP;
import static org.anhduong.hotline.HotlineCalls.aPhoneNumber;
import static org.anhduong.hotline.HotlineCalls.e164;
import static org.assertj.core.api.Assertions.assertThat;

/** Repeat callers: any spelling of a number finds its history, within the user's organisation. */
@IntegrationTest
class CallerLookupIT {

    @Autowired
    HotlineCalls calls;
    @Autowired
    JdbcClient jdbc;

    Caller counsellor;
    String phone;

    @BeforeEach
    void setUp() {
        counsellor = calls.aUserWithRoles(Roles.HOTLINE_COUNSELLOR);
        phone = aPhoneNumber();
    }

    @Test
    void threeContactsFromOneNumberWrittenThreeWaysAreOneHistory() {
        String national = phone.substring(0, 4) + " " + phone.substring(4, 7) + " " + phone.substring(7);
        String international = "+84 " + phone.substring(1, 4) + "-" + phone.substring(4, 7) + "-" + phone.substring(7);
        String bare = "84" + phone.substring(1);
        long first = calls.recorded(counsellor, hangUp(national, "2026-01-05T02:00:00Z"));
        long second = calls.recorded(counsellor, hangUp(international, "2026-02-05T02:00:00Z"));
        long third = calls.recorded(counsellor, hangUp(bare, "2026-03-05T02:00:00Z"));

        var response = calls.get(counsellor, LOOKUP + "?phone=" + URLEncoder.encode(international, StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(200);
        JsonNode history = response.json();
        assertThat(history.get("phone").asString()).isEqualTo(e164(phone));
        assertThat(history.get("contactCount").asLong()).isEqualTo(3);
        assertThat(history.get("contacts").valueStream().map(c -> c.get("id").asLong()))
                .containsExactly(third, second, first);
        assertThat(history.get("firstContactAt").asString()).isEqualTo("2026-01-05T02:00:00Z");
        assertThat(history.get("lastContactAt").asString()).isEqualTo("2026-03-05T02:00:00Z");
        assertThat(history.get("cases").isArray()).isTrue();
        assertThat(history.get("cases").isEmpty()).isTrue();
        assertThat(calls.lookup(counsellor, bare).json().get("contactCount").asLong()).isEqualTo(3);
    }

    @Test
    void theHistoryCarriesTheFlagsACounsellorMustSeeFirst() {
        calls.recorded(counsellor, hangUp(phone, "2026-01-05T02:00:00Z"));
        long gbv = calls.recorded(counsellor, """
                {"type": "ABOUT_SELF", "callerPhone": "%s", "receivedAt": "2026-02-01T02:00:00Z",
                 "categories": ["GBV_RAPE"], "urgency": "DANGER_TO_LIFE", "outcome": "EMERGENCY_SUPPORT_STARTED"}"""
                .formatted(phone));
        calls.recorded(counsellor, hangUp(phone, "2026-02-02T02:00:00Z"));

        JsonNode before = calls.lookup(counsellor, phone).json();
        assertThat(before.get("doNotCallBack").asBoolean()).isFalse();
        assertThat(before.get("dangerToLifeSeen").asBoolean()).isTrue();
        assertThat(before.get("gbvRelatedCount").asLong()).isEqualTo(1);
        assertThat(before.get("lastOutcome").asString()).isEqualTo("EMERGENCY_SUPPORT_STARTED");

        calls.post(counsellor, CONTACTS + "/" + gbv + "/do-not-call-back", "");

        JsonNode after = calls.lookup(counsellor, phone).json();
        assertThat(after.get("doNotCallBack").asBoolean()).isTrue();
        assertThat(after.get("contacts").get(1).get("doNotCallBack").asBoolean()).isTrue();
        assertThat(after.get("contacts").get(1).get("categories").toString()).isEqualTo("[\"GBV_RAPE\"]");
    }

    @Test
    void anotherOrganisationSeesNoneOfIt() {
        calls.recorded(counsellor, hangUp(phone, "2026-01-05T02:00:00Z"));
        Caller stranger = calls.aUserWithRoles(Roles.HOTLINE_COUNSELLOR);

        JsonNode theirs = calls.lookup(stranger, phone).json();

        assertThat(theirs.get("contactCount").asLong()).isZero();
        assertThat(theirs.get("contacts").isEmpty()).isTrue();
        assertThat(theirs.has("firstContactAt")).isFalse();
    }

    @Test
    void aSupervisorLooksUpTheirOrganisationsCallers() {
        calls.recorded(counsellor, hangUp(phone, "2026-01-05T02:00:00Z"));
        Caller supervisor = calls.aColleagueOf(counsellor, Roles.SUPERVISOR);

        assertThat(calls.lookup(supervisor, phone).json().get("contactCount").asLong()).isEqualTo(1);
    }

    @Test
    void lookupsAreAuditedWithoutTheNumber() {
        calls.lookup(counsellor, phone);

        AuditRows.awaitSealed(jdbc);
        var events = jdbc.sql("SELECT * FROM audit_events WHERE action = 'caller.lookup' AND actor_user_id = :user")
                .param("user", counsellor.account().id()).query().listOfRows();
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().get("record_id")).isNull();
        assertThat(events.getFirst().values().toString()).doesNotContain(phone.substring(1));
    }

    @Test
    void anInvalidNumberIsAFieldErrorOnPhone() {
        var response = calls.lookup(counsellor, "12ab");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("phone");
        assertThat(response.body()).doesNotContain("12ab");
    }

    private static String hangUp(String phone, String receivedAt) {
        return """
                {"type": "HANG_UP", "callerPhone": "%s", "receivedAt": "%s"}""".formatted(phone, receivedAt);
    }
}
