package org.anhduong.hotline;

import org.anhduong.platform.security.Roles;
import org.anhduong.test.Api;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.anhduong.test.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static org.anhduong.hotline.HotlineCalls.CONTACTS;
import static org.anhduong.hotline.HotlineCalls.aPhoneNumber;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A number's totals (one row per number and organisation, read by the caller lookup) stay equal to a count of its
 * contacts through every write: new contacts, edits of the number, categories, urgency and time, "do not call back",
 * telephony's missed calls and call times, and concurrent first contacts of one number.
 */
@IntegrationTest
class CallerTotalsIT {

    @Autowired
    HotlineCalls calls;
    @Autowired
    LiveCalls liveCalls;
    @Autowired
    JdbcClient jdbc;

    Caller counsellor;
    String phone;
    String other;

    @BeforeEach
    void setUp() {
        counsellor = calls.aUserWithRoles(Roles.HOTLINE_COUNSELLOR);
        phone = aPhoneNumber();
        other = aPhoneNumber();
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void newContactsAddToTheirNumbersTotals() {
        long silent = calls.recorded(counsellor, hangUp(phone, "2026-01-05T02:00:00Z"));
        calls.recorded(counsellor, aboutSelf(phone, "2026-02-01T02:00:00Z", "GBV_RAPE", "DANGER_TO_LIFE"));
        calls.recorded(counsellor, hangUp(phone, "2025-12-30T02:00:00Z"));

        JsonNode history = calls.lookup(counsellor, phone).json();

        assertThat(history.get("contactCount").asLong()).isEqualTo(3);
        assertThat(history.get("gbvRelatedCount").asLong()).isEqualTo(1);
        assertThat(history.get("dangerToLifeSeen").asBoolean()).isTrue();
        assertThat(history.get("doNotCallBack").asBoolean()).isFalse();
        assertThat(history.get("firstContactAt").asString()).isEqualTo("2025-12-30T02:00:00Z");
        assertThat(history.get("lastContactAt").asString()).isEqualTo("2026-02-01T02:00:00Z");
        assertThat(history.get("contacts")).hasSize(3);
        assertStoredTotalsAreACount(silent);
    }

    @Test
    void editsRecountTheNumbersTheyTouch() {
        long silent = calls.recorded(counsellor, hangUp(phone, "2026-01-05T02:00:00Z"));
        long data = calls.recorded(counsellor, aboutSelf(phone, "2026-02-01T02:00:00Z", "FAMILY_RELATIONS", "ROUTINE"));
        assertLookup(phone, 2, 0, false, false);

        change(data, "{\"categories\": [\"GBV_RAPE\"]}");
        assertLookup(phone, 2, 1, false, false);

        change(data, "{\"urgency\": \"DANGER_TO_LIFE\"}");
        assertLookup(phone, 2, 1, true, false);

        change(silent, "{\"receivedAt\": \"2025-12-24T02:00:00Z\"}");
        assertThat(calls.lookup(counsellor, phone).json().get("firstContactAt").asString())
                .isEqualTo("2025-12-24T02:00:00Z");
        assertStoredTotalsAreACount(silent);

        change(data, "{\"callerPhone\": \"" + other + "\"}");
        assertLookup(phone, 1, 0, false, false);
        assertLookup(other, 1, 1, true, false);
        JsonNode left = calls.lookup(counsellor, phone).json();
        assertThat(left.get("firstContactAt").asString()).isEqualTo("2025-12-24T02:00:00Z");
        assertThat(left.get("lastContactAt").asString()).isEqualTo("2025-12-24T02:00:00Z");
        assertStoredTotalsAreACount(silent);
        assertStoredTotalsAreACount(data);

        assertThat(calls.post(counsellor, CONTACTS + "/" + silent + "/do-not-call-back", "").status()).isEqualTo(200);
        assertLookup(phone, 1, 0, false, true);
        assertLookup(other, 1, 1, true, false);
        assertStoredTotalsAreACount(silent);

        String index = jdbc.sql("SELECT phone_bidx FROM hotline_contacts WHERE id = :id").param("id", silent)
                .query(String.class).single();
        change(silent, "{\"callerPhone\": null, \"callerPhoneWithheld\": true}");
        assertLookup(phone, 0, 0, false, false);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hotline_caller_totals WHERE phone_bidx = :bidx")
                .param("bidx", index).query(Long.class).single()).as("a number without contacts has no row").isZero();
    }

    @Test
    void anotherOrganisationSeesNothingOfIt() {
        calls.recorded(counsellor, aboutSelf(phone, "2026-02-01T02:00:00Z", "GBV_RAPE", "DANGER_TO_LIFE"));
        Caller stranger = calls.aUserWithRoles(Roles.HOTLINE_COUNSELLOR);

        assertLookup(stranger, phone, 0, 0, false, false);
        assertThat(calls.lookup(stranger, phone).json().has("firstContactAt")).isFalse();

        long theirs = calls.recorded(stranger, hangUp(phone, "2026-03-01T02:00:00Z"));

        assertLookup(stranger, phone, 1, 0, false, false);
        assertLookup(phone, 1, 1, true, false);
        assertStoredTotalsAreACount(theirs);
    }

    @Test
    void telephonysMissedCallsAndCallTimesAreCounted() {
        Caller admin = calls.aUserWithRoles(Roles.ADMINISTRATOR);
        Pbx pbx = Pbx.ofNewLine(calls, admin, counsellor.organisationId());
        Instant t0 = Instant.now().minusSeconds(300).truncatedTo(ChronoUnit.SECONDS);
        String missed = "missed." + UUID.randomUUID();
        pbx.send(missed, "ringing", phone, null, t0);
        pbx.send(missed, "ended", phone, null, t0.plusSeconds(20));
        assertLookup(phone, 1, 0, false, false);

        String answered = "answered." + UUID.randomUUID();
        String agent = counsellor.account().username();
        pbx.send(answered, "ringing", phone, agent, t0.plusSeconds(60));
        pbx.send(answered, "answered", phone, agent, t0.plusSeconds(70));
        long contact = calls.recorded(counsellor, """
                {"type": "INFORMATION_ONLY", "lineId": %d, "callerPhone": "%s"}""".formatted(pbx.lineId(), phone));
        SignedIn.as(counsellor.account());
        liveCalls.attachContact(answered, contact);
        pbx.send(answered, "ended", phone, agent, t0.plusSeconds(130));

        JsonNode history = calls.lookup(counsellor, phone).json();
        assertThat(history.get("contactCount").asLong()).isEqualTo(2);
        assertThat(history.get("lastContactAt").asString()).as("the call's ringing time, not the save's")
                .isEqualTo(t0.plusSeconds(60).toString());
        assertStoredTotalsAreACount(contact);
    }

    @Test
    void concurrentFirstContactsOfANumberAreAllCounted() throws Exception {
        int callers = 6;
        Callable<Api.Response> save = () -> calls.record(counsellor, "{\"type\": \"MISSED\", \"callerPhone\": \"" + phone
                + "\"}");

        try (var pool = Executors.newFixedThreadPool(callers)) {
            for (var answer : pool.invokeAll(Collections.nCopies(callers, save))) {
                assertThat(answer.get().status()).as(answer.get().body()).isEqualTo(201);
            }
        }

        assertLookup(phone, callers, 0, false, false);
        long any = calls.lookup(counsellor, phone).json().get("contacts").get(0).get("id").asLong();
        assertStoredTotalsAreACount(any);
    }

    private void assertLookup(String number, long contacts, long gbv, boolean danger, boolean doNotCallBack) {
        assertLookup(counsellor, number, contacts, gbv, danger, doNotCallBack);
    }

    private void assertLookup(Caller who, String number, long contacts, long gbv, boolean danger,
                              boolean doNotCallBack) {
        JsonNode history = calls.lookup(who, number).json();
        assertThat(history.get("contactCount").asLong()).as("contacts").isEqualTo(contacts);
        assertThat(history.get("gbvRelatedCount").asLong()).as("GBV-related").isEqualTo(gbv);
        assertThat(history.get("dangerToLifeSeen").asBoolean()).as("danger to life").isEqualTo(danger);
        assertThat(history.get("doNotCallBack").asBoolean()).as("do not call back").isEqualTo(doNotCallBack);
        assertThat(history.get("contacts")).hasSize((int) Math.min(contacts, Hotline.HISTORY_LIMIT));
    }

    /** The stored row of the contact's number equals a count of the number's contacts in its organisation. */
    private void assertStoredTotalsAreACount(long contactId) {
        var contact = jdbc.sql("SELECT phone_bidx, organisation_id FROM hotline_contacts WHERE id = :id")
                .param("id", contactId).query().singleRow();
        String number = (String) contact.get("phone_bidx");
        long organisation = ((Number) contact.get("organisation_id")).longValue();
        Totals counted = jdbc.sql("""
                        SELECT COUNT(*) AS contacts, SUM(CASE WHEN gbv_related THEN 1 ELSE 0 END) AS gbv,
                               SUM(CASE WHEN do_not_call_back THEN 1 ELSE 0 END) AS dnc,
                               SUM(CASE WHEN urgency = 'DANGER_TO_LIFE' THEN 1 ELSE 0 END) AS danger,
                               MIN(received_at) AS first_at, MAX(received_at) AS last_at
                        FROM hotline_contacts WHERE phone_bidx = :bidx AND organisation_id = :org""")
                .param("bidx", number).param("org", organisation).query(CallerTotalsIT::totals).single();
        Totals stored = jdbc.sql("""
                        SELECT contacts, gbv_contacts AS gbv, do_not_call_back_contacts AS dnc, danger_contacts AS danger,
                               first_at, last_at
                        FROM hotline_caller_totals WHERE phone_bidx = :bidx AND organisation_id = :org""")
                .param("bidx", number).param("org", organisation).query(CallerTotalsIT::totals).single();
        assertThat(stored).isEqualTo(counted);
    }

    private record Totals(long contacts, long gbv, long dnc, long danger, Instant firstAt, Instant lastAt) {
    }

    private static Totals totals(ResultSet rs, int row) throws SQLException {
        return new Totals(rs.getLong("contacts"), rs.getLong("gbv"), rs.getLong("dnc"), rs.getLong("danger"),
                rs.getTimestamp("first_at").toInstant(), rs.getTimestamp("last_at").toInstant());
    }

    /** Applies a merge-patch to the contact's current version. */
    private void change(long contactId, String patch) {
        String path = CONTACTS + "/" + contactId;
        String etag = calls.get(counsellor, path).raw().headers().firstValue("ETag").orElseThrow();
        Api.Response changed = calls.patch(counsellor, path, patch, etag);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    private static String hangUp(String phone, String receivedAt) {
        return """
                {"type": "HANG_UP", "callerPhone": "%s", "receivedAt": "%s"}""".formatted(phone, receivedAt);
    }

    private static String aboutSelf(String phone, String receivedAt, String category, String urgency) {
        return """
                {"type": "ABOUT_SELF", "callerPhone": "%s", "receivedAt": "%s", "categories": ["%s"],
                 "urgency": "%s", "outcome": "RESOLVED"}""".formatted(phone, receivedAt, category, urgency);
    }
}
