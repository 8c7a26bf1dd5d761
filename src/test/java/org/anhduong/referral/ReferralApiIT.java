package org.anhduong.referral;

import org.anhduong.casework.EspSector;
import org.anhduong.platform.security.Roles;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;

import static org.anhduong.referral.ReferralCalls.REFERRALS;
import static org.anhduong.referral.ReferralCalls.casesReferrals;
import static org.assertj.core.api.Assertions.assertThat;

/** Referrals through the API: who may do what, consent, the emergency exception, versions, audit and encryption. */
@IntegrationTest
class ReferralApiIT {

    @Autowired
    ReferralCalls calls;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReferralFigures figures;

    Caller worker;
    Caller supervisor;
    Caller partner;
    long caseId;
    long serviceId;

    @BeforeEach
    void aCaseAndAHospital() {
        worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        supervisor = calls.aColleagueOf(worker, Roles.SUPERVISOR);
        partner = calls.aUserWithRoles(Roles.PARTNER);
        Caller admin = calls.aUserWithRoles(Roles.ADMINISTRATOR);
        caseId = calls.aCase(worker);
        serviceId = calls.aService(admin, partner.organisationId(), "Dịch vụ một cửa Bệnh viện thử");
    }

    @Test
    void withConsentThePartnerSeesTheMinimumAndAnswersUnderItsVersion() {
        calls.consentToReferral(worker, caseId, partner.organisationId());
        var sent = calls.refer(worker, caseId, serviceId, "");
        assertThat(sent.status()).isEqualTo(201);
        long id = sent.json().get("id").asLong();
        assertThat(sent.json().get("status").asString()).isEqualTo("SENT");
        assertThat(sent.json().get("consentId").isNull()).isFalse();

        var inbox = calls.get(partner, REFERRALS + "/inbox");
        assertThat(inbox.status()).isEqualTo(200);
        var item = inbox.json().get(0);
        assertThat(item.get("id").asLong()).isEqualTo(id);
        assertThat(fieldNames(item)).containsExactlyInAnyOrder("id", "version", "survivorCode", "serviceName",
                "serviceType", "urgency", "status", "sharedInformation", "contactArrangements", "sentAt");
        var read = calls.get(partner, REFERRALS + "/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().has("caseId")).as("the partner never learns the case").isFalse();
        assertThat(read.json().get("contactArrangements").asString()).contains("nhà hàng xóm");

        String accept = REFERRALS + "/" + id + "/accept";
        assertThat(calls.post(partner, accept, "").status()).as("no If-Match").isEqualTo(428);
        assertThat(calls.postIfMatch(partner, accept, "", "\"7\"").status()).as("stale").isEqualTo(409);
        var accepted = calls.postIfMatch(partner, accept, "", "\"0\"");
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.raw().headers().firstValue("ETag")).contains("\"1\"");
        var again = calls.postIfMatch(partner, accept, "", "\"1\"");
        assertThat(again.json().get("code").asString()).isEqualTo("referral-status");

        String complete = REFERRALS + "/" + id + "/complete";
        assertThat(calls.postIfMatch(partner, complete, "{}", "\"1\"").status()).as("feedback required")
                .isEqualTo(400);
        var completed = calls.postIfMatch(partner, complete,
                "{\"text\": \"Đã khám, điều trị ngoại trú, hẹn tái khám\"}", "\"1\"");
        assertThat(completed.status()).isEqualTo(200);

        var whole = calls.get(worker, REFERRALS + "/" + id);
        assertThat(whole.json().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(whole.json().get("feedback").asString()).contains("tái khám");
        var history = calls.get(worker, REFERRALS + "/" + id + "/history");
        assertThat(history.json().findValuesAsString("kind")).containsExactly("SENT", "ACCEPTED", "COMPLETED");
        assertThat(calls.get(worker, casesReferrals(caseId)).json()).hasSize(1);

        assertThat(calls.auditOutcomes("referral.send", "referral", id, worker.id())).containsExactly("SUCCESS");
        assertThat(calls.auditOutcomes("referral.accept", "referral", id, partner.id())).containsExactly("SUCCESS");
        assertThat(calls.auditOutcomes("referral.complete", "referral", id, partner.id())).containsExactly("SUCCESS");
        assertThat(calls.auditOutcomes("referral.read", "referral", id, partner.id())).containsExactly("SUCCESS");
        assertThat(calls.auditOutcomes("referral.read", "referral", id, worker.id())).containsExactly("SUCCESS");

        var today = figures.countsBySector(java.time.Instant.now().minusSeconds(3600),
                java.time.Instant.now().plusSeconds(60), worker.organisationId());
        assertThat(today).hasSize(EspSector.values().length)
                .contains(new SectorCount(EspSector.HEALTH, 1, 1, 1), new SectorCount(EspSector.COORDINATION, 0, 0, 0));

        Map<String, Object> stored = jdbc.sql("SELECT shared_enc, contact_enc, feedback_enc FROM referral_referrals"
                + " WHERE id = :id").param("id", id).query().singleRow();
        assertThat(stored.values()).allSatisfy(v -> assertThat(v.toString()).startsWith("v1.")
                .doesNotContain("vết bầm", "hàng xóm", "tái khám"));
    }

    @Test
    void outsidersAndOtherPartnersLearnNothing() {
        calls.consentToReferral(worker, caseId, partner.organisationId());
        long id = calls.refer(worker, caseId, serviceId, "").json().get("id").asLong();
        Caller outsider = calls.aUserWithRoles(Roles.CASE_WORKER);
        Caller otherPartner = calls.aUserWithRoles(Roles.PARTNER);
        Caller partnerColleague = calls.aColleagueOf(partner, Roles.PARTNER);

        assertThat(calls.get(outsider, REFERRALS + "/" + id).status()).isEqualTo(404);
        assertThat(calls.get(outsider, casesReferrals(caseId)).status()).isEqualTo(404);
        assertThat(calls.refer(outsider, caseId, serviceId, "").status()).isEqualTo(404);
        assertThat(calls.postIfMatch(outsider, REFERRALS + "/" + id + "/withdraw", "{}", "\"0\"").status())
                .isEqualTo(404);
        assertThat(calls.get(otherPartner, REFERRALS + "/" + id).status()).isEqualTo(404);
        assertThat(calls.postIfMatch(otherPartner, REFERRALS + "/" + id + "/accept", "", "\"0\"").status())
                .isEqualTo(404);
        assertThat(calls.get(otherPartner, REFERRALS + "/inbox").json()).isEmpty();
        assertThat(calls.postIfMatch(worker, REFERRALS + "/" + id + "/accept", "", "\"0\"").status())
                .as("the sender does not answer for the partner").isEqualTo(404);
        assertThat(calls.get(partnerColleague, REFERRALS + "/" + id).status()).as("same organisation").isEqualTo(200);

        assertThat(calls.auditOutcomes("referral.read", "referral", id, outsider.id())).containsExactly("DENIED");
        assertThat(calls.auditOutcomes("referral.read", "referral", id, otherPartner.id())).containsExactly("DENIED");
        assertThat(calls.auditOutcomes("referral.accept", "referral", id, otherPartner.id()))
                .containsExactly("DENIED");
        assertThat(calls.auditOutcomes("referral.send", "case", caseId, outsider.id())).containsExactly("DENIED");
    }

    @Test
    void withoutConsentTheReferralIsRefusedWithAStableCode() {
        var refused = calls.refer(worker, caseId, serviceId, "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("consent-required");
        assertThat(refused.body()).doesNotContain("hàng xóm", "vết bầm");
        assertThat(calls.get(worker, casesReferrals(caseId)).json()).isEmpty();
        assertThat(calls.auditOutcomes("referral.send", "case", caseId, worker.id())).containsExactly("DENIED");
        assertThat(calls.get(partner, REFERRALS + "/inbox").json()).isEmpty();
    }

    @Test
    void anEmergencyExceptionNeedsItsReasonAndAlertsTheSupervisor() {
        var noReason = calls.refer(worker, caseId, serviceId, ", \"emergency\": true");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("emergencyReason");

        var sent = calls.refer(worker, caseId, serviceId,
                ", \"emergency\": true, \"emergencyReason\": \"Chấn thương đầu, bất tỉnh tại nhà\"");
        assertThat(sent.status()).isEqualTo(201);
        long id = sent.json().get("id").asLong();
        assertThat(sent.json().get("emergency").asBoolean()).isTrue();
        assertThat(sent.json().get("consentId")).isNull();

        var alerts = calls.get(supervisor, "/api/v1/alerts").json();
        assertThat(alerts.findValuesAsString("kind")).contains("EMERGENCY_SHARING");
        assertThat(alerts.findValues("caseId").stream().map(v -> v.asLong()).toList()).contains(caseId);
        assertThat(calls.auditOutcomes("referral.emergencyException", "referral", id, worker.id()))
                .containsExactly("SUCCESS");
        String reason = jdbc.sql("SELECT emergency_reason_enc FROM referral_referrals WHERE id = :id")
                .param("id", id).query(String.class).single();
        assertThat(reason).doesNotContain("bất tỉnh");
    }

    @Test
    void theSenderWithdrawsAndThePartnerDeclinesWithAReason() {
        calls.consentToReferral(worker, caseId, partner.organisationId());
        long first = calls.refer(worker, caseId, serviceId, "").json().get("id").asLong();
        var withdrawn = calls.postIfMatch(worker, REFERRALS + "/" + first + "/withdraw",
                "{\"text\": \"Chị đã tự đến bệnh viện\"}", "\"0\"");
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(calls.postIfMatch(partner, REFERRALS + "/" + first + "/accept", "", "\"1\"").json()
                .get("code").asString()).isEqualTo("referral-status");

        long second = calls.refer(worker, caseId, serviceId, "").json().get("id").asLong();
        assertThat(calls.postIfMatch(partner, REFERRALS + "/" + second + "/decline", "{\"text\": \" \"}", "\"0\"")
                .status()).isEqualTo(400);
        var declined = calls.postIfMatch(partner, REFERRALS + "/" + second + "/decline",
                "{\"text\": \"Hết giường trong tuần này\"}", "\"0\"");
        assertThat(declined.status()).isEqualTo(200);
        assertThat(calls.get(worker, REFERRALS + "/" + second).json().get("declineReason").asString())
                .isEqualTo("Hết giường trong tuần này");
        assertThat(calls.auditOutcomes("referral.withdraw", "referral", first, worker.id())).containsExactly("SUCCESS");
        assertThat(calls.auditOutcomes("referral.decline", "referral", second, partner.id()))
                .containsExactly("SUCCESS");
    }

    private static List<String> fieldNames(tools.jackson.databind.JsonNode node) {
        return node.propertyNames().stream().toList();
    }
}
