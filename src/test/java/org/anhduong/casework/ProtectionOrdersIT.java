package org.anhduong.casework;

import org.anhduong.platform.security.Roles;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.anhduong.casework.CaseworkCalls.CASES;
import static org.anhduong.casework.CaseworkCalls.aPhoneNumber;
import static org.anhduong.casework.CaseworkCalls.aWord;
import static org.anhduong.casework.CaseworkCalls.anIdNumber;
import static org.anhduong.casework.CaseworkCalls.intake111;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prohibition-of-contact orders through the API (issue #5): a commune chair's order of three and a half days is
 * refused with its own ProblemDetail code, a court's six months are accepted, an end before the start is refused,
 * revocation works under If-Match, and outsiders and closed cases are answered as for every case section.
 */
@IntegrationTest
class ProtectionOrdersIT {

    @Autowired
    CaseworkCalls calls;
    @Autowired
    JdbcClient jdbc;

    Caller worker;
    long caseId;
    String orders;
    Instant requested;

    @BeforeEach
    void setUp() {
        worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        caseId = calls.opened(worker, intake111("Lê Thị Thảo " + aWord(), aPhoneNumber(), anIdNumber()));
        orders = CASES + "/" + caseId + "/protection-orders";
        requested = Instant.now().minus(Duration.ofHours(20)).truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void aThreeAndAHalfDayProhibitionOfContactIssuedByACommuneChairIsRefused() {
        var refused = calls.post(worker, orders, granted("COMMUNE_CHAIR", Duration.ofHours(84), null));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.json().get("code").asString()).isEqualTo("protection-order-too-long");
        assertThat(refused.json().get("detail").asString()).contains("Chủ tịch UBND cấp xã").contains("3 ngày");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("endsAt");
        assertThat(calls.get(worker, orders).json()).as("nothing recorded").isEmpty();

        var english = calls.api().send(calls.api().request(orders)
                .header("Authorization", "Bearer " + worker.token()).header("Accept-Language", "en")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(granted("COMMUNE_CHAIR", Duration.ofHours(84), null))));
        assertThat(english.json().get("detail").asString()).contains("commune chair").contains("3 days");

        var threeDays = calls.post(worker, orders, granted("COMMUNE_CHAIR", Duration.ofDays(3), null));
        assertThat(threeDays.status()).as(threeDays.body()).isEqualTo(201);
        assertThat(threeDays.json().get("status").asString()).isEqualTo("IN_FORCE");
        assertThat(threeDays.json().get("target").asString()).as("decided 6 hours after the request").isEqualTo("MET");
        assertThat(calls.auditOutcomes("protection.create", "case", caseId, worker.id())).containsExactly("SUCCESS");
    }

    @Test
    void aCourtOrderOfSixMonthsIsAcceptedAndAnEndBeforeTheStartRefused() {
        var court = calls.post(worker, orders, granted("COURT", Duration.ofDays(183), null));
        assertThat(court.status()).as(court.body()).isEqualTo(201);
        assertThat(court.json().get("issuer").asString()).isEqualTo("COURT");
        assertThat(court.raw().headers().firstValue("ETag")).contains("\"1\"");

        var backwards = calls.post(worker, orders, granted("COURT", Duration.ofHours(-2), null));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("code").asString()).isEqualTo("validation-failed");
        assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("endsAt");
        assertThat(backwards.body()).doesNotContain(requested.toString());
    }

    @Test
    void aRequestIsDecidedLateThenRevokedUnderIfMatchWithItsReasonEncrypted() {
        var request = calls.post(worker, orders, """
                {"issuer": "COMMUNE_CHAIR", "requestedAt": "%s", "notified": []}""".formatted(requested));
        assertThat(request.status()).as(request.body()).isEqualTo(201);
        assertThat(request.json().get("status").asString()).isEqualTo("REQUESTED");
        assertThat(request.json().get("target").asString()).as("20 hours without a decision").isEqualTo("MISSED");
        String order = orders + "/" + request.json().get("id").asLong();

        String decided = granted("COMMUNE_CHAIR", Duration.ofDays(2), null).replace(
                "\"" + requested.plus(Duration.ofHours(6)) + "\", \"startsAt\"",
                "\"" + requested.plus(Duration.ofHours(14)) + "\", \"startsAt\"");
        assertThat(calls.put(worker, order, decided, null).status()).isEqualTo(428);
        var granted = calls.put(worker, order, decided, "\"1\"");
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        assertThat(granted.json().get("target").asString()).as("decided after 14 hours").isEqualTo("MISSED");
        assertThat(granted.json().get("notified")).hasSize(2);

        String reason = "Chị đề nghị hủy bỏ, anh đã chuyển đi " + aWord();
        String revocation = """
                {"revokedOn": "%s", "reason": "%s"}""".formatted(java.time.LocalDate.now(org.anhduong.platform.web.Ui.ZONE),
                reason);
        assertThat(calls.post(worker, order + "/revocation", revocation).status()).isEqualTo(428);
        assertThat(calls.api().send(calls.api().request(order + "/revocation")
                .header("Authorization", "Bearer " + worker.token()).header("Content-Type", "application/json")
                .header("If-Match", "\"1\"").POST(java.net.http.HttpRequest.BodyPublishers.ofString(revocation)))
                .status()).as("stale").isEqualTo(409);
        var revoked = calls.api().send(calls.api().request(order + "/revocation")
                .header("Authorization", "Bearer " + worker.token()).header("Content-Type", "application/json")
                .header("If-Match", "\"2\"").POST(java.net.http.HttpRequest.BodyPublishers.ofString(revocation)));
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.json().get("status").asString()).isEqualTo("REVOKED");
        assertThat(revoked.json().get("revocation").get("reason").asString()).isEqualTo(reason);
        assertThat(calls.put(worker, order, decided, "\"3\"").json().get("code").asString()).isEqualTo("order-revoked");
        String stored = jdbc.sql("SELECT revocation_reason_enc FROM casework_protection_orders WHERE case_id = :id")
                .param("id", caseId).query(String.class).single();
        assertThat(stored).startsWith("v1.").doesNotContain("hủy bỏ");
        assertThat(calls.auditOutcomes("protection.revoke", "case", caseId, worker.id())).containsExactly("SUCCESS");
        assertThat(calls.auditOutcomes("protection.update", "case", caseId, worker.id())).containsExactly("SUCCESS");
    }

    @Test
    void theOrderConcernsOneOfTheCasesPerpetrators() {
        var incident = calls.post(worker, CASES + "/" + caseId + "/incidents", """
                {"date": "2026-02", "answers": {"penetration": true},
                 "perpetrators": [{"relation": "CURRENT_HUSBAND_OR_WIFE", "sex": "MALE"}]}""");
        assertThat(incident.status()).as(incident.body()).isEqualTo(201);
        long perpetrator = incident.json().get("perpetrators").get(0).get("id").asLong();

        var his = calls.post(worker, orders, granted("COMMUNE_CHAIR", Duration.ofDays(1), perpetrator));
        assertThat(his.status()).as(his.body()).isEqualTo(201);
        assertThat(his.json().get("perpetratorId").asLong()).isEqualTo(perpetrator);
        String incidentPath = CASES + "/" + caseId + "/incidents/" + incident.json().get("id").asLong();
        String etag = calls.get(worker, incidentPath).raw().headers().firstValue("ETag").orElseThrow();
        var edited = calls.put(worker, incidentPath, """
                {"date": "2026-02-03", "answers": {"penetration": true},
                 "perpetrators": [{"relation": "CURRENT_HUSBAND_OR_WIFE", "sex": "MALE", "ageGroup": "AGE_25_59"}]}""",
                etag);
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        long renewed = edited.json().get("perpetrators").get(0).get("id").asLong();
        assertThat(calls.get(worker, orders + "/" + his.json().get("id").asLong()).json().get("perpetratorId").asLong())
                .as("still him after his incident was edited").isEqualTo(renewed);
        var other = calls.post(worker, orders, granted("COMMUNE_CHAIR", Duration.ofDays(1), perpetrator + 100_000));
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.json().get("errors").get(0).get("field").asString()).isEqualTo("perpetratorId");
    }

    @Test
    void outsidersAreAnswered404AuditedDeniedAndAClosedCaseTakesNoOrder() {
        Caller stranger = calls.aUserWithRoles(Roles.CASE_WORKER);
        Caller colleague = calls.aColleagueOf(worker, Roles.CASE_WORKER);
        for (Caller outsider : java.util.List.of(stranger, colleague)) {
            assertThat(calls.get(outsider, orders).status()).isEqualTo(404);
            assertThat(calls.post(outsider, orders, granted("COURT", Duration.ofDays(30), null)).status()).isEqualTo(404);
            assertThat(calls.auditOutcomes("protection.read", "case", caseId, outsider.id())).containsExactly("DENIED");
            assertThat(calls.auditOutcomes("protection.create", "case", caseId, outsider.id())).containsExactly("DENIED");
        }
        calls.get(worker, orders);
        assertThat(calls.auditOutcomes("protection.read", "case", caseId, worker.id())).containsExactly("SUCCESS");

        CaseworkCalls.close(calls, worker, caseId);
        var closed = calls.post(worker, orders, granted("COURT", Duration.ofDays(30), null));
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.json().get("code").asString()).isEqualTo("case-closed");
        assertThat(calls.get(worker, orders).status()).as("a closed case is still read").isEqualTo(200);
    }

    @Test
    void theEndpointsAreDocumented() {
        var docs = calls.api().getAnonymous("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames()).contains("/api/v1/cases/{id}/protection-orders",
                "/api/v1/cases/{id}/protection-orders/{orderId}", "/api/v1/cases/{id}/protection-orders/{orderId}/revocation",
                "/api/v1/cases/{id}/handovers", "/api/v1/cases/{id}/handovers/{handoverId}",
                "/api/v1/cases/{id}/handovers/{handoverId}/visits");
        assertThat(docs.body()).contains("protection-order-too-long").contains("If-Match");
    }

    /** An order granted 6 hours after the request, starting then, for {@code span}. */
    private String granted(String issuer, Duration span, @org.jspecify.annotations.Nullable Long perpetrator) {
        Instant decided = requested.plus(Duration.ofHours(6));
        return """
                {"issuer": "%s", "requestedAt": "%s", "decision": "GRANTED", "decidedAt": "%s", "startsAt": "%s",
                 "endsAt": "%s", "perpetratorId": %s, "notified": ["PERPETRATOR", "POLICE"],
                 "notifiedNote": "Trưởng thôn nhận quyết định"}""".formatted(issuer, requested, decided, decided,
                decided.plus(span), perpetrator);
    }
}
