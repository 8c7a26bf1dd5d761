package org.anhduong.hotline;

import org.anhduong.test.AuditRows;
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

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.anhduong.hotline.HotlineCalls.CONTACTS;
import static org.anhduong.hotline.HotlineCalls.aPhoneNumber;
import static org.anhduong.hotline.HotlineCalls.e164;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PBX reports calls over real HTTP, signed with its line's secret: answered calls fill the duration of the contact
 * saved for them, unanswered ones become missed contacts, repeats change nothing, and unsigned or replayed requests
 * are refused.
 */
@IntegrationTest
class TelephonyEventsIT {

    @Autowired
    HotlineCalls calls;
    @Autowired
    LiveCalls liveCalls;
    @Autowired
    JdbcClient jdbc;

    Caller admin;
    Caller counsellor;
    Pbx pbx;
    String callId;
    String phone;
    Instant t0;

    @BeforeEach
    void setUp() {
        admin = calls.aUserWithRoles(Roles.ADMINISTRATOR);
        counsellor = calls.aUserWithRoles(Roles.HOTLINE_COUNSELLOR);
        pbx = Pbx.ofNewLine(calls, admin, counsellor.organisationId());
        callId = "1741420500." + UUID.randomUUID();
        phone = aPhoneNumber();
        t0 = Instant.now().minusSeconds(200).truncatedTo(ChronoUnit.SECONDS);
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void anAnsweredCallFillsTheDurationOfTheContactSavedForIt() {
        String agent = counsellor.account().username();
        assertReceipt(pbx.send(callId, "ringing", phone, agent, t0), "RINGING", false);
        assertReceipt(pbx.send(callId, "answered", phone, agent, t0.plusSeconds(10)), "ANSWERED", false);
        long contact = calls.recorded(counsellor, """
                {"type": "INFORMATION_ONLY", "lineId": %d, "callerPhone": "%s"}""".formatted(pbx.lineId(), phone));
        SignedIn.as(counsellor.account());
        liveCalls.attachContact(callId, contact);

        assertReceipt(pbx.send(callId, "ended", phone, agent, t0.plusSeconds(130)), "ENDED", false);

        JsonNode saved = calls.get(counsellor, CONTACTS + "/" + contact).json();
        assertThat(saved.get("durationSeconds").asLong()).isEqualTo(120);
        assertThat(Instant.parse(saved.get("receivedAt").asString())).isEqualTo(t0);
        assertThat(Instant.parse(saved.get("endedAt").asString())).isEqualTo(t0.plusSeconds(130));
        assertThat(liveCalls.find(callId).orElseThrow().state()).isEqualTo(LiveCallState.ENDED);
        assertThat(liveCalls.forCurrentUser()).extracting(LiveCall::callId).doesNotContain(callId);
        assertThat(telephonyAudit("contact.update", "contact", contact)).containsExactly("SUCCESS");
    }

    @Test
    void aContactAttachedAfterTheCallEndedGetsItsTimesAtOnce() {
        pbx.send(callId, "ringing", phone, null, t0);
        pbx.send(callId, "answered", phone, null, t0.plusSeconds(5));
        pbx.send(callId, "ended", phone, null, t0.plusSeconds(65));
        long contact = calls.recorded(counsellor, "{\"type\": \"THANK_YOU\"}");

        SignedIn.as(counsellor.account());
        liveCalls.attachContact(callId, contact);

        assertThat(calls.get(counsellor, CONTACTS + "/" + contact).json().get("durationSeconds").asLong()).isEqualTo(60);
    }

    @Test
    void timesThatBreakAContactRuleLeaveTheContactAsItIsAndTheFailureIsAudited() {
        pbx.send(callId, "ringing", phone, null, t0);
        pbx.send(callId, "answered", phone, null, t0.plusSeconds(5));
        long contact = calls.recorded(counsellor, "{\"type\": \"MISSED\"}");
        SignedIn.as(counsellor.account());
        liveCalls.attachContact(callId, contact);

        assertReceipt(pbx.send(callId, "ended", phone, null, t0.plusSeconds(65)), "ENDED", false);

        JsonNode kept = calls.get(counsellor, CONTACTS + "/" + contact).json();
        assertThat(kept.has("answeredAt")).as("a MISSED contact has no answer time").isFalse();
        assertThat(kept.get("version").asInt()).isZero();
        assertThat(telephonyAudit("contact.update", "contact", contact)).containsExactly("FAILURE");
    }

    @Test
    void aCallNobodyAnsweredBecomesAMissedContactOfTheLinesOrganisation() {
        pbx.send(callId, "ringing", phone, null, t0);
        assertReceipt(pbx.send(callId, "ended", phone, null, t0.plusSeconds(40)), "MISSED", false);

        Caller colleague = calls.aColleagueOf(counsellor, Roles.HOTLINE_COUNSELLOR);
        SignedIn.as(colleague.account());
        LiveCall call = liveCalls.find(callId).orElseThrow();
        assertThat(call.state()).isEqualTo(LiveCallState.MISSED);
        JsonNode missed = calls.get(colleague, CONTACTS + "/" + call.contactId()).json();
        assertThat(missed.get("type").asString()).isEqualTo("MISSED");
        assertThat(missed.get("channel").asString()).isEqualTo("PHONE");
        assertThat(missed.get("callerPhone").asString()).isEqualTo(e164(phone));
        assertThat(missed.get("lineId").asLong()).isEqualTo(pbx.lineId());
        assertThat(Instant.parse(missed.get("receivedAt").asString())).isEqualTo(t0);
        assertThat(missed.has("answeredAt")).isFalse();
        assertThat(missed.get("counsellorId").isNull()).as("nobody answered: no counsellor, not user 0").isTrue();
        JsonNode listed = calls.get(colleague, CONTACTS + "?type=MISSED").json().get("items");
        JsonNode item = listed.valueStream().filter(c -> c.get("id").asLong() == call.contactId()).findFirst().orElseThrow();
        assertThat(item.get("counsellorId").isNull()).isTrue();
        assertThat(jdbc.sql("SELECT counsellor_id FROM hotline_contacts WHERE id = :id").param("id", call.contactId())
                .query((rs, n) -> rs.getObject(1)).list()).containsExactly((Object) null);
        assertThat(telephonyAudit("contact.create", "contact", call.contactId())).containsExactly("SUCCESS");
    }

    @Test
    void aRepeatedEventAnswersTheSameAndDoesNothingTwice() {
        String ringing = pbx.event(callId, "ringing", phone, null, t0);
        String ended = pbx.event(callId, "ended", phone, null, t0.plusSeconds(30));
        pbx.send(ringing);
        pbx.send(ended);

        assertReceipt(pbx.send(ended), "MISSED", true);
        assertReceipt(pbx.send(ringing), "RINGING", true);

        assertThat(missedContacts()).isEqualTo(1);
        assertThat(telephonyAudit("telephonyCall.ended", "telephonyCall", callRow())).containsExactly("SUCCESS");
    }

    @Test
    void theSameEventSentConcurrentlyTakesEffectOnce() throws Exception {
        pbx.send(callId, "ringing", phone, null, t0);
        String ended = pbx.event(callId, "ended", phone, null, t0.plusSeconds(30));
        List<Callable<Api.Response>> senders = java.util.stream.IntStream.range(0, 6)
                .<Callable<Api.Response>>mapToObj(i -> () -> pbx.send(ended)).toList();

        List<Api.Response> responses;
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            responses = pool.invokeAll(senders).stream().map(TelephonyEventsIT::get).toList();
        }

        assertThat(responses).extracting(Api.Response::status).containsOnly(200);
        assertThat(responses).filteredOn(r -> !r.json().get("duplicate").asBoolean()).hasSize(1);
        assertThat(missedContacts()).isEqualTo(1);
    }

    @Test
    void aRequestThatIsNotAuthenticAnswers401WithoutSayingWhy() {
        String body = pbx.event(callId, "ringing", phone, null, t0);
        String now = String.valueOf(Instant.now().getEpochSecond());
        String signature = Pbx.signature(pbx.secret(), now, body);
        Pbx stranger = new Pbx(calls.api(), 0, "1900" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999),
                pbx.secret());

        List<Api.Response> refused = List.of(
                pbx.withSecret("a-wrong-secret").send(body),
                pbx.send(body.replace("ringing", "ended"), now, signature),
                pbx.send(body, now, null),
                pbx.send(body, null, signature),
                pbx.send(body, now, signature.replace("sha256=", "")),
                stranger.send(stranger.event(callId, "ringing", phone, null, t0)));

        for (Api.Response response : refused) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("code").asString()).isEqualTo("invalid-signature");
            assertThat(response.json().get("detail")).isEqualTo(refused.getFirst().json().get("detail"));
            assertThat(response.raw().headers().firstValue("WWW-Authenticate")).isPresent();
            assertThat(response.body()).doesNotContain(phone.substring(1));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM telephony_calls WHERE call_id = :c").param("c", callId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aReplayedRequestWithAnOldTimestampIsRefused() {
        String body = pbx.event(callId, "ringing", phone, null, t0);
        String sixMinutesAgo = String.valueOf(Instant.now().minusSeconds(360).getEpochSecond());
        String oldSignature = Pbx.signature(pbx.secret(), sixMinutesAgo, body);
        String now = String.valueOf(Instant.now().getEpochSecond());

        assertThat(pbx.send(body, sixMinutesAgo, oldSignature).status()).isEqualTo(401);
        assertThat(pbx.send(body, now, oldSignature).status()).as("old signature, new timestamp").isEqualTo(401);
        assertThat(pbx.send(body, now, Pbx.signature(pbx.secret(), now, body)).status()).isEqualTo(200);
    }

    @Test
    void anAuthenticEventWithBadFieldsIsA400NamingThem() {
        Api.Response response = pbx.send("""
                {"callId": "%s", "event": "hangup", "line": "%s", "callerNumber": "12ab", "timestamp": "yesterday"}"""
                .formatted(callId, pbx.line()));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("validation-failed");
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("event", "callerNumber", "timestamp");
        assertThat(response.body()).doesNotContain("12ab").doesNotContain("hangup");
    }

    @Test
    void theCallersNumberIsNeverStoredInPlainText() {
        pbx.send(callId, "ringing", phone, null, t0);
        pbx.send(callId, "ended", phone, null, t0.plusSeconds(5));

        String national = phone.substring(1);
        for (String table : List.of("telephony_calls", "telephony_events")) {
            List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM " + table + " WHERE call_id = :c")
                    .param("c", callId).query().listOfRows();
            assertThat(rows).isNotEmpty();
            assertThat(rows.toString()).doesNotContain(national);
        }
        Map<String, Object> call = jdbc.sql("SELECT * FROM telephony_calls WHERE call_id = :c").param("c", callId)
                .query().singleRow();
        assertThat(call.get("caller_phone_enc").toString()).startsWith("v1.");
        assertThat(call.get("phone_bidx").toString()).hasSize(64);
    }

    private static void assertReceipt(Api.Response response, String state, boolean duplicate) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("state").asString()).isEqualTo(state);
        assertThat(response.json().get("duplicate").asBoolean()).isEqualTo(duplicate);
    }

    private long callRow() {
        return jdbc.sql("SELECT id FROM telephony_calls WHERE call_id = :c AND organisation_id = :o")
                .param("c", callId).param("o", counsellor.organisationId()).query(Long.class).single();
    }

    private long missedContacts() {
        return jdbc.sql("SELECT COUNT(*) FROM hotline_contacts WHERE organisation_id = :o AND contact_type = 'MISSED'")
                .param("o", counsellor.organisationId()).query(Long.class).single();
    }

    /** Outcomes of the audit events the telephony system (not a user) caused on one record. */
    private List<String> telephonyAudit(String action, String recordType, long recordId) {
        AuditRows.awaitSealed(jdbc);
        return jdbc.sql("""
                        SELECT outcome FROM audit_events WHERE action = :a AND record_type = :t AND record_id = :id
                          AND actor_username = 'telephony' AND actor_user_id IS NULL ORDER BY id""")
                .param("a", action).param("t", recordType).param("id", String.valueOf(recordId))
                .query(String.class).list();
    }

    private static Api.Response get(Future<Api.Response> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
