package org.anhduong.hotline;

import org.anhduong.test.AuditRows;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.NotFoundException;
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
import java.util.List;
import java.util.UUID;

import static org.anhduong.hotline.HotlineCalls.aPhoneNumber;
import static org.anhduong.hotline.HotlineCalls.e164;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What counsellors see of the calls a PBX reports, and how an administrator gives a line its secret: a ringing call
 * shows to its agent, or to every counsellor of the line's organisation when it names none, never to anyone else.
 */
@IntegrationTest
class TelephonyLiveCallsIT {

    static final String CALLS = "/api/v1/telephony/calls";

    @Autowired
    HotlineCalls calls;
    @Autowired
    LiveCalls liveCalls;
    @Autowired
    JdbcClient jdbc;

    Caller admin;
    Caller counsellor;
    Caller colleague;
    Pbx pbx;
    String phone = aPhoneNumber();

    @BeforeEach
    void setUp() {
        admin = calls.aUserWithRoles(Roles.ADMINISTRATOR);
        counsellor = calls.aUserWithRoles(Roles.HOTLINE_COUNSELLOR);
        colleague = calls.aColleagueOf(counsellor, Roles.HOTLINE_COUNSELLOR);
        pbx = Pbx.ofNewLine(calls, admin, counsellor.organisationId());
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void aRingingCallWithoutAgentShowsToTheOrganisationsCounsellorsOnly() {
        String callId = ring(null);
        Caller stranger = calls.aUserWithRoles(Roles.HOTLINE_COUNSELLOR);

        LiveCall shown = liveCallOf(counsellor, callId);
        assertThat(shown.state()).isEqualTo(LiveCallState.RINGING);
        assertThat(shown.callerPhone()).isEqualTo(e164(phone));
        assertThat(shown.lineId()).isEqualTo(pbx.lineId());
        assertThat(shown.lineNumber()).isEqualTo(pbx.line().substring(0, 4) + " " + pbx.line().substring(4));
        assertThat(shown.agentUserId()).isNull();
        assertThat(callIdsOf(colleague)).contains(callId);
        assertThat(callIdsOf(stranger)).doesNotContain(callId);
        SignedIn.as(stranger.account());
        assertThat(liveCalls.find(callId)).isEmpty();
    }

    @Test
    void aCallForAnAgentShowsToThemAloneAndAnUnknownAgentRingsForAll() {
        String forCounsellor = ring(counsellor.account().username());
        String forNobodyKnown = ring("no-such-user-" + UUID.randomUUID());

        assertThat(liveCallOf(counsellor, forCounsellor).agentUserId()).isEqualTo(counsellor.account().id());
        assertThat(callIdsOf(colleague)).doesNotContain(forCounsellor).contains(forNobodyKnown);
    }

    @Test
    void theAnsweringAgentTakesTheCall() {
        String callId = ring(null);
        pbx.send(callId, "answered", phone, colleague.account().username(), Instant.now());

        assertThat(liveCallOf(colleague, callId).state()).isEqualTo(LiveCallState.ANSWERED);
        assertThat(callIdsOf(counsellor)).doesNotContain(callId);
    }

    @Test
    void theFirstShowingOfACallIsAuditedNotEveryPoll() {
        String callId = ring(null);
        callIdsOf(counsellor);
        callIdsOf(counsellor);
        SignedIn.as(counsellor.account());
        liveCalls.find(callId);

        long row = jdbc.sql("SELECT id FROM telephony_calls WHERE call_id = :c").param("c", callId)
                .query(Long.class).single();
        AuditRows.awaitSealed(jdbc);
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM audit_events WHERE action = 'telephonyCall.read' AND record_id = :id
                          AND actor_user_id = :user""")
                .param("id", String.valueOf(row)).param("user", counsellor.account().id())
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void onlyACounsellorOfTheCallsOrganisationAttachesOneOfItsContacts() {
        String callId = ring(null);
        Caller stranger = calls.aUserWithRoles(Roles.HOTLINE_COUNSELLOR);
        long strangersContact = calls.recorded(stranger, "{\"type\": \"SILENT\"}");
        long contact = calls.recorded(counsellor, "{\"type\": \"SILENT\"}");

        SignedIn.as(counsellor.account());
        assertThatThrownBy(() -> liveCalls.attachContact(callId, strangersContact)).isInstanceOf(NotFoundException.class);
        liveCalls.attachContact(callId, contact);
        liveCalls.attachContact(callId, contact);
        assertThat(liveCalls.find(callId).orElseThrow().contactId()).isEqualTo(contact);
        SignedIn.as(stranger.account());
        assertThatThrownBy(() -> liveCalls.attachContact(callId, strangersContact)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theLiveCallsApiNeedsABearerTokenAndLeavesTheNumberOut() {
        String callId = ring(null);

        var anonymous = calls.api().getAnonymous(CALLS);
        var listed = calls.get(counsellor, CALLS);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(calls.api().getAnonymous(Pbx.EVENTS).status()).as("only POST is open").isEqualTo(401);
        assertThat(listed.status()).isEqualTo(200);
        JsonNode call = listed.json().valueStream().filter(c -> c.get("callId").asString().equals(callId))
                .findFirst().orElseThrow();
        assertThat(call.get("callerNumberKnown").asBoolean()).isTrue();
        assertThat(listed.body()).doesNotContain(phone.substring(1));
        assertThat(calls.get(admin, CALLS).status()).as("not a counsellor").isEqualTo(403);
    }

    @Test
    void aSecretIsIssuedByAnAdministratorOnceAndRotatingItRetiresTheOldOne() {
        String path = Pbx.LINES + "/" + pbx.lineId() + "/telephony-secret";

        var refused = calls.post(counsellor, path, "");
        var rotated = calls.post(admin, path, "");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(rotated.status()).isEqualTo(200);
        assertThat(rotated.raw().headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(rotated.json().get("rotated").asBoolean()).isTrue();
        String secret = rotated.json().get("secret").asString();
        assertThat(secret).matches("[0-9a-f]{64}").isNotEqualTo(pbx.secret());
        assertThat(pbx.send(pbx.event("c-" + UUID.randomUUID(), "ringing", null, null, Instant.now())).status())
                .isEqualTo(401);
        assertThat(pbx.withSecret(secret).send(pbx.event("c-" + UUID.randomUUID(), "ringing", null, null,
                Instant.now())).status()).isEqualTo(200);
        assertThat(calls.post(admin, Pbx.LINES + "/999999999/telephony-secret", "").status()).isEqualTo(404);
        assertThat(secretAudit(admin)).containsExactly("hotlineLine.telephonySecret.issue",
                "hotlineLine.telephonySecret.rotate");
        assertThat(jdbc.sql("SELECT secret_enc FROM telephony_line_secrets WHERE line_id = :l")
                .param("l", pbx.lineId()).query(String.class).single()).doesNotContain(secret).startsWith("v1.");
    }

    /** A new call ringing now on the line; its call id. */
    private String ring(String agent) {
        String callId = "call-" + UUID.randomUUID();
        var response = pbx.send(callId, "ringing", phone, agent, Instant.now());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return callId;
    }

    private List<String> callIdsOf(Caller caller) {
        SignedIn.as(caller.account());
        return liveCalls.forCurrentUser().stream().map(LiveCall::callId).toList();
    }

    private LiveCall liveCallOf(Caller caller, String callId) {
        SignedIn.as(caller.account());
        return liveCalls.forCurrentUser().stream().filter(c -> c.callId().equals(callId)).findFirst().orElseThrow();
    }

    private List<String> secretAudit(Caller caller) {
        AuditRows.awaitSealed(jdbc);
        return jdbc.sql("""
                        SELECT action FROM audit_events WHERE record_type = 'hotlineLine' AND record_id = :id
                          AND actor_user_id = :user AND action LIKE 'hotlineLine.telephonySecret.%' ORDER BY id""")
                .param("id", String.valueOf(pbx.lineId())).param("user", caller.account().id())
                .query(String.class).list();
    }
}
