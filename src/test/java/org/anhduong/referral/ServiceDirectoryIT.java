package org.anhduong.referral;

import org.anhduong.platform.security.Roles;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.anhduong.referral.ReferralCalls.SERVICES;
import static org.assertj.core.api.Assertions.assertThat;

/** The service directory and pathways through the API: search without diacritics, who may change, versions. */
@IntegrationTest
class ServiceDirectoryIT {

    @Autowired
    ReferralCalls calls;

    @Test
    void staffFindServicesByNeedCommuneAndNameWithoutDiacritics() {
        Caller admin = calls.aUserWithRoles(Roles.ADMINISTRATOR);
        Caller counsellor = calls.aUserWithRoles(Roles.HOTLINE_COUNSELLOR);
        String word = UUID.randomUUID().toString().substring(0, 8);
        var added = calls.post(admin, SERVICES, """
                {"organisationId": %d, "name": "Trợ giúp pháp lý Đầm Hà %s", "serviceType": "LEGAL_AID",
                 "communeCodes": ["%s"], "openingHours": "7:30–17:00", "languages": ["vi", "Tày"],
                 "eligibility": ["WOMEN", "CHILDREN"], "publicFields": ["NAME"]}"""
                .formatted(admin.organisationId(), word, commune()));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("sector").asString()).isEqualTo("JUSTICE_AND_POLICING");

        var byName = calls.get(counsellor, SERVICES + "?q=tro+giup+phap+ly+dam+ha+" + word);
        assertThat(byName.status()).isEqualTo(200);
        assertThat(byName.json().findValuesAsString("name")).containsExactly("Trợ giúp pháp lý Đầm Hà " + word);
        assertThat(calls.get(counsellor, SERVICES + "?need=LEGAL_AID&commune=" + commune() + "&q=" + word).json())
                .hasSize(1);
        assertThat(calls.get(counsellor, SERVICES + "?need=LEGAL_AID&commune=99999&q=" + word).json())
                .as("another commune").isEmpty();
        assertThat(calls.get(counsellor, SERVICES + "?need=HELPLINE&q=" + word).json()).isEmpty();

        Caller viewer = calls.aUserWithRoles(Roles.VIEWER);
        assertThat(calls.get(viewer, SERVICES + "?q=" + word).status()).isEqualTo(403);
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        assertThat(calls.post(worker, SERVICES, "{}").status()).isEqualTo(403);
    }

    @Test
    void servicesAndPathwaysChangeUnderTheirVersions() {
        Caller admin = calls.aUserWithRoles(Roles.ADMINISTRATOR);
        long first = calls.aService(admin, admin.organisationId(), "Một cửa A " + UUID.randomUUID());
        long second = calls.aService(admin, admin.organisationId(), "Một cửa B " + UUID.randomUUID());

        String path = SERVICES + "/" + first;
        String changed = """
                {"organisationId": %d, "name": "Một cửa A đổi tên", "serviceType": "ONE_STOP_CARE",
                 "provinceWide": true, "open24h": true}""".formatted(admin.organisationId());
        assertThat(calls.put(admin, path, changed, null).status()).isEqualTo(428);
        assertThat(calls.put(admin, path, changed, "\"0\"").status()).isEqualTo(200);
        var stale = calls.put(admin, path, changed, "\"0\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").asString()).isEqualTo("stale-version");
        var invalid = calls.put(admin, path, """
                {"organisationId": 999999999, "name": " ", "communeCodes": ["nope"]}""", "\"1\"");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("organisationId", "name", "serviceType", "communeCodes", "openingHours")
                .doesNotContain("nope");

        String scope = "/api/v1/pathways/" + commune() + "/ONE_STOP_CARE";
        var saved = calls.put(admin, scope, "{\"serviceIds\": [%d, %d]}".formatted(second, first), "\"0\"");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(calls.put(admin, scope, "{\"serviceIds\": [%d]}".formatted(first), "\"0\"").status())
                .isEqualTo(409);
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        var proposed = calls.get(worker, scope);
        assertThat(proposed.json().get("services").findValues("id").stream().map(v -> v.asLong()).toList())
                .containsExactly(second, first);
        assertThat(calls.put(worker, scope, "{\"serviceIds\": []}", "\"1\"").status()).isEqualTo(403);
        assertThat(calls.auditOutcomes("referralService.update", "referralService", first, admin.id()))
                .containsExactly("SUCCESS");
        assertThat(calls.auditOutcomes("referralService.read", "referralService", first, admin.id())).isEmpty();
        calls.get(admin, path);
        assertThat(calls.auditOutcomes("referralService.read", "referralService", first, admin.id()))
                .containsExactly("SUCCESS");
    }

    @Test
    void theReferralEndpointsAreDocumented() {
        var docs = calls.api().getAnonymous("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames()).contains("/api/v1/services", "/api/v1/services/{id}",
                "/api/v1/pathways", "/api/v1/pathways/{scope}/{serviceType}", "/api/v1/cases/{caseId}/referrals",
                "/api/v1/referrals/inbox", "/api/v1/referrals/{id}", "/api/v1/referrals/{id}/accept",
                "/api/v1/referrals/{id}/decline", "/api/v1/referrals/{id}/complete", "/api/v1/referrals/{id}/withdraw",
                "/api/v1/referrals/{id}/history");
    }

    /** A commune of Quảng Ninh from the bundled administrative units. */
    private String commune() {
        return "06895";
    }
}
