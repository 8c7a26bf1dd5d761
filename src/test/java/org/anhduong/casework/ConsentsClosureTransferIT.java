package org.anhduong.casework;

import org.anhduong.platform.security.Roles;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.anhduong.casework.CaseworkCalls.CASES;
import static org.anhduong.casework.CaseworkCalls.aPhoneNumber;
import static org.anhduong.casework.CaseworkCalls.aWord;
import static org.anhduong.casework.CaseworkCalls.anIdNumber;
import static org.anhduong.casework.CaseworkCalls.intake111;
import static org.assertj.core.api.Assertions.assertThat;

/** Consents, closure with approval, reopening and transfers through the API, as a case worker and supervisors would. */
@IntegrationTest
class ConsentsClosureTransferIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired
    CaseworkCalls calls;
    @Autowired
    Consents consents;
    @Autowired
    JdbcClient jdbc;

    Caller worker;
    Caller supervisor;
    long caseId;

    @BeforeEach
    void setUp() {
        worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        supervisor = calls.aColleagueOf(worker, Roles.SUPERVISOR);
        caseId = calls.opened(worker, intake111("Phạm Thị Hạnh " + aWord(), aPhoneNumber(), anIdNumber()));
    }

    @Test
    void aConsentGivenThenWithdrawnNoLongerAllowsSharing() {
        Caller partner = calls.aUserWithRoles(Roles.SUPERVISOR);
        var given = calls.post(worker, consentsOf(caseId), """
                {"purpose": "REFERRAL", "recipientOrganisationId": %d, "givenBy": "CLIENT", "givenOn": "%s"}"""
                .formatted(partner.organisationId(), TODAY));
        assertThat(given.status()).isEqualTo(201);
        long consentId = given.json().get("id").asLong();
        assertThat(consents.mayShare(caseId, ConsentPurpose.REFERRAL, partner.organisationId()).allowed()).isTrue();

        var withdrawn = calls.post(worker, consentsOf(caseId) + "/" + consentId + "/withdraw", """
                {"withdrawnOn": "%s", "withdrawnBy": "CLIENT"}""".formatted(TODAY));
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().get("withdrawnOn").asString()).isEqualTo(TODAY.toString());

        ConsentDecision decision = consents.mayShare(caseId, ConsentPurpose.REFERRAL, partner.organisationId());
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).isEqualTo(ConsentDecision.Reason.WITHDRAWN);
        var checked = calls.get(worker, consentsOf(caseId) + "/check?purpose=REFERRAL&recipient=" + partner.organisationId());
        assertThat(checked.json().get("reason").asString()).isEqualTo("WITHDRAWN");
        var listed = calls.get(worker, consentsOf(caseId));
        assertThat(listed.json().get("consents")).hasSize(1);
        assertThat(calls.auditOutcomes("consent.withdraw", "case", caseId, worker.id())).containsExactly("SUCCESS");
        var again = calls.post(worker, consentsOf(caseId) + "/" + consentId + "/withdraw", """
                {"withdrawnOn": "%s", "withdrawnBy": "CLIENT"}""".formatted(TODAY));
        assertThat(again.json().get("code").asString()).isEqualTo("consent-withdrawn");
    }

    @Test
    void aGuardiansConsentForAGirlOf12WithoutHerOwnAgreementDoesNotCount() {
        long child = calls.opened(worker, """
                {"type": "CHILD_ABUSE", "source": "NATIONAL_HOTLINE_111", "priority": "HIGH",
                 "client": {"fullName": "Lò Thị Mây %s", "sex": "FEMALE", "dateOfBirth": "%s"},
                 "confirmNoDuplicate": true}""".formatted(aWord(), TODAY.minusYears(12).minusDays(3)));
        String guardianName = "Lò Văn Sáng " + aWord();
        var given = calls.post(worker, consentsOf(child), """
                {"purpose": "STATISTICS", "givenBy": "GUARDIAN", "guardianName": "%s", "guardianRelation": "FATHER",
                 "childAgreed": false, "givenOn": "%s"}""".formatted(guardianName, TODAY));
        assertThat(given.status()).isEqualTo(201);

        ConsentDecision decision = consents.mayShare(child, ConsentPurpose.STATISTICS, null);
        assertThat(decision.reason()).isEqualTo(ConsentDecision.Reason.CHILD_AGREEMENT_MISSING);
        assertThat(calls.get(worker, consentsOf(child)).json().get("current").get("STATISTICS").get("reason").asString())
                .isEqualTo("CHILD_AGREEMENT_MISSING");
        String stored = jdbc.sql("SELECT guardian_name_enc FROM casework_consents WHERE case_id = :id")
                .param("id", child).query(String.class).single();
        assertThat(stored).startsWith("v1.").doesNotContain("Sáng");
    }

    @Test
    void aWorkersClosureWaitsForTheSupervisorAndAClosedCaseRefusesChangesUntilReopened() {
        calls.patch(supervisor, CASES + "/" + caseId, "{\"status\": \"FOLLOW_UP\"}", "\"0\"");
        String outcome = "Chị đã ổn định nơi ở mới " + aWord();
        var requested = calls.post(worker, closureOf(caseId), """
                {"reason": "GOALS_MET", "outcome": "%s"}""".formatted(outcome));
        assertThat(requested.status()).isEqualTo(201);
        assertThat(requested.json().get("state").asString()).isEqualTo("PENDING");
        assertThat(status(caseId)).isEqualTo("FOLLOW_UP");
        var pending = calls.get(supervisor, "/api/v1/closures/pending");
        assertThat(pending.json().findValuesAsString("caseId")).contains(String.valueOf(caseId));
        assertThat(calls.post(worker, closureOf(caseId) + "/approve", "").status())
                .as("a case worker does not approve").isEqualTo(403);
        assertThat(calls.auditOutcomes("case.close", "case", caseId, worker.id())).containsExactly("DENIED");

        var approved = calls.post(supervisor, closureOf(caseId) + "/approve", "");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("state").asString()).isEqualTo("CLOSED");
        var closed = calls.get(worker, CASES + "/" + caseId).json().get("case");
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("closedAt").isNull()).isFalse();
        assertThat(calls.auditOutcomes("case.close", "case", caseId, supervisor.id())).containsExactly("SUCCESS");

        var change = calls.put(worker, CASES + "/" + caseId + "/client", "{\"sex\": \"FEMALE\"}", etagOfClient(caseId));
        assertThat(change.status()).isEqualTo(409);
        assertThat(change.json().get("code").asString()).isEqualTo("case-closed");
        assertThat(calls.post(worker, consentsOf(caseId), """
                {"purpose": "STATISTICS", "givenBy": "CLIENT", "givenOn": "%s"}""".formatted(TODAY))
                .json().get("code").asString()).isEqualTo("case-closed");
        var patched = calls.patch(worker, CASES + "/" + caseId, "{\"priority\": \"HIGH\"}",
                "\"" + closed.get("version").asInt() + "\"");
        assertThat(patched.status()).as("a closed case keeps its record as closed").isEqualTo(409);
        assertThat(patched.json().get("code").asString()).isEqualTo("case-closed");

        assertThat(calls.post(worker, CASES + "/" + caseId + "/reopen", "{\"reason\": \"ok\"}").status()).isEqualTo(400);
        var reopened = calls.post(worker, CASES + "/" + caseId + "/reopen", "{\"reason\": \"Chồng cũ tìm đến\"}");
        assertThat(reopened.json().get("state").asString()).isEqualTo("REOPENED");
        assertThat(status(caseId)).isEqualTo("FOLLOW_UP");
        assertThat(calls.get(worker, closureOf(caseId)).json()).hasSize(1);
        String storedOutcome = jdbc.sql("SELECT outcome_enc FROM casework_closures WHERE case_id = :id")
                .param("id", caseId).query(String.class).single();
        assertThat(storedOutcome).doesNotContain("ổn định");
    }

    @Test
    void aPendingClosureIsWithdrawnByWhoAskedOrASupervisorAndNeverOnceDecided() {
        Caller colleague = calls.aColleagueOf(worker, Roles.CASE_WORKER);
        var requested = calls.post(worker, closureOf(caseId), "{\"reason\": \"GOALS_MET\"}");
        assertThat(requested.json().get("state").asString()).isEqualTo("PENDING");
        int version = calls.get(worker, CASES + "/" + caseId).json().get("case").get("version").asInt();
        assertThat(calls.patch(supervisor, CASES + "/" + caseId, "{\"assignedWorkerId\": %d}".formatted(colleague.id()),
                "\"" + version + "\"").status()).isEqualTo(200);

        assertThat(calls.post(colleague, closureOf(caseId) + "/withdraw", "").status())
                .as("on the team, but neither asked for it nor supervises").isEqualTo(403);
        assertThat(calls.auditOutcomes("case.closeWithdraw", "case", caseId, colleague.id())).containsExactly("DENIED");
        assertThat(calls.post(worker, closureOf(caseId) + "/withdraw", "").status())
                .as("no longer on the team").isEqualTo(404);
        assertThat(calls.auditOutcomes("case.closeWithdraw", "case", caseId, worker.id())).containsExactly("DENIED");

        var withdrawn = calls.post(supervisor, closureOf(caseId) + "/withdraw", "");
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().get("state").asString()).isEqualTo("WITHDRAWN");
        assertThat(calls.auditOutcomes("case.closeWithdraw", "case", caseId, supervisor.id())).containsExactly("SUCCESS");
        assertThat(calls.get(supervisor, "/api/v1/closures/pending").json().findValuesAsString("caseId"))
                .doesNotContain(String.valueOf(caseId));
        assertThat(status(supervisor, caseId)).isEqualTo("OPEN");
        var again = calls.post(supervisor, closureOf(caseId) + "/withdraw", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("no-pending-closure");

        calls.post(colleague, closureOf(caseId), "{\"reason\": \"GOALS_MET\"}");
        var own = calls.post(colleague, closureOf(caseId) + "/withdraw", "");
        assertThat(own.status()).as("the one who asked").isEqualTo(200);
        assertThat(own.json().get("state").asString()).isEqualTo("WITHDRAWN");

        calls.post(colleague, closureOf(caseId), "{\"reason\": \"GOALS_MET\"}");
        calls.post(supervisor, closureOf(caseId) + "/reject", "{\"note\": \"Cần thêm một lần theo dõi\"}");
        assertThat(calls.post(colleague, closureOf(caseId) + "/withdraw", "").json().get("code").asString())
                .as("a sent-back closure").isEqualTo("no-pending-closure");
        calls.post(colleague, closureOf(caseId), "{\"reason\": \"GOALS_MET\"}");
        calls.post(supervisor, closureOf(caseId) + "/approve", "");
        var approved = calls.post(colleague, closureOf(caseId) + "/withdraw", "");
        assertThat(approved.status()).as("an approved closure").isEqualTo(409);
        assertThat(approved.json().get("code").asString()).isEqualTo("no-pending-closure");
        assertThat(status(supervisor, caseId)).isEqualTo("CLOSED");
        assertThat(calls.get(supervisor, closureOf(caseId)).json().findValuesAsString("state"))
                .containsExactly("CLOSED", "SENT_BACK", "WITHDRAWN", "WITHDRAWN");
    }

    @Test
    void aTransferNeedsConsentAndOnceAcceptedTheSendersWorkerNoLongerSeesTheCase() {
        Caller receiver = calls.aUserWithRoles(Roles.SUPERVISOR);
        String transfer = """
                {"toOrganisationId": %d, "reason": "Chị chuyển về sống ở xã Quảng La"}""".formatted(receiver.organisationId());
        var refused = calls.post(worker, CASES + "/" + caseId + "/transfer", transfer);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("consent-required");
        assertThat(refused.json().get("reason").asString()).isEqualTo("NONE");
        assertThat(calls.auditOutcomes("transfer.request", "case", caseId, worker.id())).containsExactly("DENIED");

        calls.post(worker, consentsOf(caseId), """
                {"purpose": "CASE_MANAGEMENT", "recipientOrganisationId": %d, "givenBy": "CLIENT", "givenOn": "%s"}"""
                .formatted(receiver.organisationId(), TODAY));
        var requested = calls.post(worker, CASES + "/" + caseId + "/transfer", transfer);
        assertThat(requested.status()).isEqualTo(201);
        long transferId = requested.json().get("id").asLong();

        var incoming = calls.get(receiver, "/api/v1/transfers/incoming").json();
        assertThat(incoming.findValuesAsString("transferId")).contains(String.valueOf(transferId));
        assertThat(calls.get(receiver, CASES + "/" + caseId).status()).as("not before accepting").isEqualTo(404);
        assertThat(calls.post(supervisor, "/api/v1/transfers/" + transferId + "/accept", "").status())
                .as("only the receiver accepts").isEqualTo(403);

        var accepted = calls.post(receiver, "/api/v1/transfers/" + transferId + "/accept", "");
        assertThat(accepted.status()).isEqualTo(200);
        var moved = calls.get(receiver, CASES + "/" + caseId);
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("case").get("organisationId").asLong()).isEqualTo(receiver.organisationId());
        assertThat(moved.json().get("case").get("supervisorId").asLong()).isEqualTo(receiver.id());
        assertThat(moved.json().get("case").path("assignedWorkerId").isNull()
                || moved.json().get("case").path("assignedWorkerId").isMissingNode()).as("no worker yet").isTrue();
        assertThat(calls.get(worker, CASES + "/" + caseId).status()).isEqualTo(404);
        assertThat(calls.get(supervisor, CASES + "/" + caseId).status()).isEqualTo(404);
    }

    @Test
    void outsidersAreRefusedAndAudited() {
        Caller stranger = calls.aUserWithRoles(Roles.CASE_WORKER, Roles.SUPERVISOR);
        Caller administrator = calls.aColleagueOf(worker, Roles.ADMINISTRATOR);
        for (Caller outsider : List.of(stranger, administrator)) {
            assertThat(calls.get(outsider, consentsOf(caseId)).status()).isIn(403, 404);
            assertThat(calls.get(outsider, closureOf(caseId)).status()).isIn(403, 404);
            assertThat(calls.auditOutcomes("consent.read", "case", caseId, outsider.id())).containsExactly("DENIED");
        }
        assertThat(calls.post(stranger, closureOf(caseId), "{\"reason\": \"GOALS_MET\"}").status()).isEqualTo(404);
        assertThat(calls.auditOutcomes("case.closeRequest", "case", caseId, stranger.id())).containsExactly("DENIED");
    }

    private String status(long id) {
        return status(worker, id);
    }

    private String status(Caller reader, long id) {
        return calls.get(reader, CASES + "/" + id).json().get("case").get("status").asString();
    }

    private String etagOfClient(long id) {
        return calls.get(worker, CASES + "/" + id + "/client").raw().headers().firstValue("ETag").orElseThrow();
    }

    private static String consentsOf(long id) {
        return CASES + "/" + id + "/consents";
    }

    private static String closureOf(long id) {
        return CASES + "/" + id + "/closure";
    }
}
