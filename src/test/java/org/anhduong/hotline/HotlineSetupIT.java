package org.anhduong.hotline;

import org.anhduong.platform.security.Roles;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Lines and categories: read by every user, managed by administrators, and what they mean for contacts. */
@IntegrationTest
class HotlineSetupIT {

    static final String CATEGORIES = "/api/v1/hotline/categories";
    static final String LINES = "/api/v1/hotline/lines";

    @Autowired
    HotlineCalls calls;

    Caller admin;
    Caller counsellor;

    @BeforeEach
    void setUp() {
        admin = calls.aUserWithRoles(Roles.ADMINISTRATOR);
        counsellor = calls.aUserWithRoles(Roles.HOTLINE_COUNSELLOR);
    }

    @Test
    void theSeededTreeHasTheSixGbvimsTypesAndFlagsSelfHarm() {
        JsonNode tree = calls.get(counsellor, CATEGORIES).json();

        JsonNode gbv = node(tree, "GBV");
        assertThat(gbv.get("gbvRelated").asBoolean()).isTrue();
        assertThat(gbv.get("nameVi").asString()).isEqualTo("Bạo lực trên cơ sở giới");
        assertThat(codes(gbv.get("children"))).startsWith("GBV_RAPE", "GBV_SEXUAL_ASSAULT", "GBV_PHYSICAL_ASSAULT",
                "GBV_FORCED_MARRIAGE", "GBV_DENIAL_OF_RESOURCES", "GBV_PSYCHOLOGICAL_ABUSE");
        assertThat(node(tree, "SEXUAL_HARASSMENT").get("gbvRelated").asBoolean()).isTrue();
        assertThat(node(tree, "CHILD_ABUSE").get("gbvRelated").asBoolean()).isFalse();
        assertThat(node(node(tree, "MENTAL_HEALTH").get("children"), "MENTAL_HEALTH_SUICIDAL").get("selfHarm").asBoolean())
                .isTrue();
        assertThat(codes(tree)).contains("DOMESTIC_VIOLENCE", "TRAFFICKING", "FAMILY_RELATIONS", "LEGAL_QUESTIONS",
                "ACCESS_TO_SERVICES", "OTHER");
    }

    @Test
    void aCategoryAddedUnderGbvMakesContactsGbvRelated() {
        String code = "GBV_T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        var added = calls.post(admin, CATEGORIES, """
                {"code": "%s", "parentCode": "GBV", "nameVi": "Bạo lực trên mạng", "nameEn": "Online violence"}"""
                .formatted(code));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("gbvRelated").asBoolean()).isTrue();

        var contact = calls.record(counsellor, """
                {"type": "ABOUT_SELF", "categories": ["%s"], "outcome": "RESOLVED"}""".formatted(code));

        assertThat(contact.status()).isEqualTo(201);
        assertThat(contact.json().get("gbvRelated").asBoolean()).isTrue();
    }

    @Test
    void aRetiredCategoryCannotBeChosenForNewContacts() {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT).replace('-', '_');
        calls.post(admin, CATEGORIES, "{\"code\": \"%s\", \"nameVi\": \"Thử\", \"nameEn\": \"Test\"}".formatted(code));

        var missing = calls.put(admin, CATEGORIES + "/" + code, "{\"nameVi\": \"Thử\", \"nameEn\": \"Test\", \"active\": false}", null);
        var retired = calls.put(admin, CATEGORIES + "/" + code, "{\"nameVi\": \"Thử\", \"nameEn\": \"Test\", \"active\": false}", "\"0\"");
        var contact = calls.record(counsellor, "{\"type\": \"INFORMATION_ONLY\", \"categories\": [\"%s\"]}".formatted(code));

        assertThat(missing.status()).isEqualTo(428);
        assertThat(retired.status()).isEqualTo(200);
        assertThat(retired.json().get("active").asBoolean()).isFalse();
        assertThat(contact.status()).isEqualTo(400);
        assertThat(contact.json().get("errors").get(0).get("field").asString()).isEqualTo("categories");
    }

    @Test
    void onlyAdministratorsManageCategoriesAndBadCodesAreFieldErrors() {
        var byCounsellor = calls.post(counsellor, CATEGORIES, "{\"code\": \"NEW_ONE\", \"nameVi\": \"a\", \"nameEn\": \"a\"}");
        var badCode = calls.post(admin, CATEGORIES, "{\"code\": \"lower case\", \"nameVi\": \"a\", \"nameEn\": \"a\"}");
        var taken = calls.post(admin, CATEGORIES, "{\"code\": \"GBV\", \"nameVi\": \"a\"}");

        assertThat(byCounsellor.status()).isEqualTo(403);
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
        assertThat(fields(taken.json())).containsExactlyInAnyOrder("code", "nameEn");
    }

    @Test
    void anAdministratorGivesAnOrganisationALineItsCounsellorsUse() {
        var line = calls.post(admin, LINES, """
                {"number": "1800 1769", "name": "Đường dây nóng", "organisationId": %d}"""
                .formatted(counsellor.organisationId()));
        assertThat(line.status()).isEqualTo(201);
        long lineId = line.json().get("id").asLong();
        assertThat(line.json().get("number").asString()).isEqualTo("1800 1769");

        var used = calls.record(counsellor, "{\"type\": \"SILENT\", \"lineId\": %d}".formatted(lineId));
        var byStranger = calls.record(calls.aUserWithRoles(Roles.HOTLINE_COUNSELLOR),
                "{\"type\": \"SILENT\", \"lineId\": %d}".formatted(lineId));

        assertThat(used.status()).isEqualTo(201);
        assertThat(used.json().get("lineId").asLong()).isEqualTo(lineId);
        assertThat(byStranger.status()).isEqualTo(400);
        assertThat(byStranger.json().get("errors").get(0).get("field").asString()).isEqualTo("lineId");
        assertThat(calls.get(counsellor, LINES).json().valueStream().map(l -> l.get("id").asLong())).contains(lineId);
    }

    @Test
    void linesAreCheckedAndChangedUnderOptimisticLocking() {
        String org = String.valueOf(counsellor.organisationId());
        var line = calls.post(admin, LINES, "{\"number\": \"111\", \"name\": \"Tổng đài 111\", \"organisationId\": " + org + "}");
        String path = LINES + "/" + line.json().get("id").asLong();

        var duplicate = calls.post(admin, LINES, "{\"number\": \"1 1 1\", \"name\": \"Lặp\", \"organisationId\": " + org + "}");
        var badNumber = calls.post(admin, LINES, "{\"number\": \"abc\", \"name\": \"x\", \"organisationId\": 999999999}");
        var byCounsellor = calls.post(counsellor, LINES, "{\"number\": \"112\", \"name\": \"x\", \"organisationId\": " + org + "}");
        var retired = calls.put(admin, path, "{\"number\": \"111\", \"name\": \"Tổng đài 111\", \"organisationId\": " + org
                + ", \"active\": false}", "\"0\"");
        var stale = calls.put(admin, path, "{\"number\": \"111\", \"name\": \"Khác\", \"organisationId\": " + org + "}", "\"0\"");

        assertThat(fields(duplicate.json())).containsExactly("number");
        assertThat(fields(badNumber.json())).containsExactlyInAnyOrder("number", "organisationId");
        assertThat(byCounsellor.status()).isEqualTo(403);
        assertThat(retired.status()).isEqualTo(200);
        assertThat(retired.json().get("active").asBoolean()).isFalse();
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void theApiIsDocumentedWithExamples() {
        var docs = calls.api().getAnonymous("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.has("/api/v1/contacts")).isTrue();
        assertThat(paths.has("/api/v1/callers/lookup")).isTrue();
        assertThat(paths.has("/api/v1/hotline/categories")).isTrue();
        assertThat(docs.body()).contains("Idempotency-Key").contains("GBV call").contains("callerPhone");
    }

    private static JsonNode node(JsonNode nodes, String code) {
        return nodes.valueStream().filter(n -> n.get("code").asString().equals(code)).findFirst().orElseThrow();
    }

    private static List<String> codes(JsonNode nodes) {
        return nodes.valueStream().map(n -> n.get("code").asString()).toList();
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}
