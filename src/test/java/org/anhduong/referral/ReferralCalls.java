package org.anhduong.referral;

import org.anhduong.identity.TestUsers;
import org.anhduong.test.Api;
import org.anhduong.test.ApiCalls;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * The referral API as clients call it, for the integration tests: a case of a case worker's, a partner organisation
 * with a service in the directory, and the consent between them, all made through the API.
 */
@Component
public class ReferralCalls extends ApiCalls {

    public static final String SERVICES = "/api/v1/services";
    public static final String REFERRALS = "/api/v1/referrals";
    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    ReferralCalls(TestUsers users, Environment environment, JdbcClient jdbc) {
        super(users, environment, jdbc);
    }

    public static String casesReferrals(long caseId) {
        return "/api/v1/cases/" + caseId + "/referrals";
    }

    /** A domestic-violence case of the worker's, with an adult client whose name nobody else has. */
    public long aCase(Caller worker) {
        return created(openCase(worker, "Lê Thị Chuyển " + UUID.randomUUID().toString().substring(0, 8)));
    }

    /** Opens the case; the answer holds its id, case number and survivor code. */
    public Api.Response openCase(Caller worker, String clientName) {
        return post(worker, "/api/v1/cases", """
                {"type": "DOMESTIC_VIOLENCE", "source": "WALK_IN", "priority": "HIGH",
                 "client": {"fullName": "%s", "sex": "FEMALE", "dateOfBirth": "17/05/1990"},
                 "confirmNoDuplicate": true}""".formatted(clientName));
    }

    /** A one-stop service of the partner's organisation, added by an administrator. */
    public long aService(Caller administrator, long organisationId, String name) {
        Api.Response added = post(administrator, SERVICES, """
                {"organisationId": %d, "name": "%s", "serviceType": "ONE_STOP_CARE", "provinceWide": true,
                 "open24h": true, "contactPhone": "0203 3825 489", "languages": ["vi"], "eligibility": ["WOMEN"],
                 "publicFields": ["NAME", "CONTACT_PHONE"]}""".formatted(organisationId, name));
        return created(added);
    }

    public void consentToReferral(Caller worker, long caseId, long organisationId) {
        created(post(worker, "/api/v1/cases/" + caseId + "/consents", """
                {"purpose": "REFERRAL", "recipientOrganisationId": %d, "givenBy": "CLIENT", "givenOn": "%s"}"""
                .formatted(organisationId, TODAY)));
    }

    public Api.Response refer(Caller worker, long caseId, long serviceId, String extra) {
        return post(worker, casesReferrals(caseId), """
                {"serviceId": %d, "urgency": "URGENT", "sharedInformation": "Cần khám vết bầm ở tay trái",
                 "contactArrangements": "Gọi chị Hoa ở nhà hàng xóm sau 18 giờ"%s}""".formatted(serviceId, extra));
    }

    public Api.Response postIfMatch(Caller caller, String path, String json, String ifMatch) {
        return send("POST", json, path, caller, "If-Match", ifMatch);
    }

    public static long created(Api.Response response) {
        if (response.status() != 201) {
            throw new AssertionError("expected 201, got " + response.status() + ": " + response.body());
        }
        return response.json().get("id").asLong();
    }
}
