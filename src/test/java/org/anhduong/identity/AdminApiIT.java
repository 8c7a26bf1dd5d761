package org.anhduong.identity;

import org.anhduong.platform.security.Roles;
import org.anhduong.test.Api;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;

import static org.anhduong.identity.AdminApiCalls.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** Organisations, users and roles through the administration API, over real HTTP. */
@IntegrationTest
class AdminApiIT {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    Api api;
    AdminApiCalls admin;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        admin = new AdminApiCalls(api, api.adminToken());
    }

    @Test
    void createsAnOrganisationAndAUserInIt() {
        String name = unique("Trung tâm Công tác xã hội thử ");
        var created = admin.post("/api/v1/organisations", Map.of("name", name, "kind", "SOCIAL_WORK_CENTRE",
                "phone", "0912 345 678", "email", "ctxh@example.org"));
        assertThat(created.status()).isEqualTo(201);
        long organisation = created.json().get("id").asLong();
        assertThat(created.raw().headers().firstValue("Location")).contains("/api/v1/organisations/" + organisation);
        assertThat(created.json().get("phone").asString()).isEqualTo("+84912345678");

        var read = admin.get("/api/v1/organisations/" + organisation);
        assertThat(read.raw().headers().firstValue("ETag")).contains("\"0\"");
        assertThat(admin.get("/api/v1/organisations?q=" + "trung%20tam%20cong%20tac").body()).contains(name);

        String username = unique("nv.");
        var user = admin.post("/api/v1/users", Map.of("username", username, "fullName", "Ngô Thị Phương",
                "email", "phuong@example.org", "phone", "0987654321", "organisationId", organisation,
                "roles", List.of(Roles.CASE_WORKER, Roles.HOTLINE_COUNSELLOR)));
        assertThat(user.status()).isEqualTo(201);
        assertThat(user.json().get("temporaryPassword").asString()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(user.json().get("user").get("username").asString()).isEqualTo(username);
        assertThat(user.json().get("user").get("mustChangePassword").asBoolean()).isTrue();
        assertThat(user.body()).doesNotContainIgnoringCase("hash").doesNotContain("{bcrypt}").doesNotContain("$argon");

        var fetched = admin.get("/api/v1/users/" + user.json().get("user").get("id").asLong());
        assertThat(fetched.json().get("email").asString()).isEqualTo("phuong@example.org");
        assertThat(fetched.json().get("phone").asString()).isEqualTo("+84987654321");
        assertThat(fetched.json().get("roles").toString()).contains(Roles.CASE_WORKER, Roles.HOTLINE_COUNSELLOR);
        assertThat(fetched.body()).doesNotContain("temporaryPassword").doesNotContainIgnoringCase("hash");
        assertThat(admin.get("/api/v1/users?organisationId=" + organisation).json().size()).isEqualTo(1);
    }

    @Test
    void anOrganisationMayHaveAHotlineOrShortNumberButNotGarbage() {
        var hotline = admin.post("/api/v1/organisations", Map.of("name", unique("Tổng đài "), "kind", "SOCIAL_WORK_CENTRE",
                "phone", "1800 1769"));
        assertThat(hotline.status()).isEqualTo(201);
        assertThat(hotline.json().get("phone").asString()).isEqualTo("18001769");
        var garbage = admin.post("/api/v1/organisations", Map.of("name", unique("Sai số "), "kind", "NGO", "phone", "12ab"));
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.body()).contains("\"phone\"").doesNotContain("12ab");
    }

    @Test
    void invalidInputIs400WithFieldErrorsAndNoEcho() {
        var response = admin.post("/api/v1/users", Map.of("username", "Tên Sai <XSS-PROBE>", "fullName", " ",
                "email", "not-an-email-PROBE42", "phone", "hello-PROBE43", "organisationId", 999_999_999,
                "roles", List.of("NO_SUCH_ROLE_PROBE44"), "localities", List.of("99999")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("validation-failed");
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .contains("username", "fullName", "email", "phone", "organisationId", "roles", "localities");
        assertThat(response.body()).doesNotContain("PROBE").doesNotContain("99999");
    }

    @Test
    void staleVersionIs409AndTheVersionIsRequired() {
        var organisation = admin.anOrganisation();
        String path = "/api/v1/organisations/" + organisation.get("id").asLong();
        var change = Map.of("name", organisation.get("name").asString() + " (đã sửa)", "kind", "NGO");

        var first = admin.put(path, "\"0\"", change);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.raw().headers().firstValue("ETag")).contains("\"1\"");

        var stale = admin.put(path, "\"0\"", change);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").asString()).isEqualTo("stale-version");

        var withBodyVersion = new java.util.HashMap<String, Object>(change);
        withBodyVersion.put("version", 1);
        assertThat(admin.put(path, null, withBodyVersion).status()).isEqualTo(200);

        var missing = admin.put(path, null, change);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").findValuesAsString("field")).containsExactly("version");
    }

    @Test
    void userUpdatesAreVersionedToo() {
        var user = admin.aUser(admin.anOrganisation().get("id").asLong(), Roles.VIEWER).get("user");
        String path = "/api/v1/users/" + user.get("id").asLong();
        var change = Map.of("fullName", "Đỗ Thị Hạnh Nhân", "organisationId", user.get("organisationId").asLong(),
                "roles", List.of(Roles.VIEWER, Roles.PROGRAMME_OFFICER), "version", 0);
        var updated = admin.put(path, null, change);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("fullName").asString()).isEqualTo("Đỗ Thị Hạnh Nhân");
        assertThat(updated.json().get("username").asString()).isEqualTo(user.get("username").asString());
        assertThat(admin.put(path, "\"0\"", change).status()).isEqualTo(409);
    }

    @Test
    void rolesAreListedWithNamesInTheCallersLanguage() {
        var vietnamese = admin.get("/api/v1/roles");
        assertThat(vietnamese.json().findValuesAsString("code")).contains(Roles.ADMINISTRATOR, Roles.VIEWER);
        assertThat(vietnamese.body()).contains("Quản trị hệ thống");
        var english = api.send(api.request("/api/v1/roles").header("Authorization", "Bearer " + api.adminToken())
                .header("Accept-Language", "en").GET());
        assertThat(english.body()).contains("Administrator");
    }

    @Test
    void theEndpointsAreDocumented() {
        var docs = api.getAnonymous("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames()).contains("/api/v1/organisations", "/api/v1/organisations/{id}",
                "/api/v1/users", "/api/v1/users/{id}", "/api/v1/users/{id}/lock", "/api/v1/users/{id}/unlock",
                "/api/v1/users/{id}/password-reset", "/api/v1/roles");
        assertThat(docs.body()).doesNotContain("passwordHash");
    }

    @Test
    void aCaseWorkerGets403OnEveryAdministrationEndpoint() {
        var caseWorker = testUsers.aUserWithRoles(Roles.CASE_WORKER);
        var as = new AdminApiCalls(api, api.token(caseWorker.username(), TestUsers.PASSWORD));
        long org = caseWorker.organisationId();
        long id = caseWorker.id();
        var body = Map.of("name", "x", "kind", "NGO", "version", 0);
        var userBody = Map.of("fullName", "x", "organisationId", org, "roles", List.of(Roles.ADMINISTRATOR), "version", 0);
        List<Api.Response> answers = List.of(as.get("/api/v1/users"), as.get("/api/v1/users/" + id),
                as.get("/api/v1/organisations"), as.get("/api/v1/organisations/" + org), as.get("/api/v1/roles"),
                as.post("/api/v1/users", Map.of("username", unique("x."))), as.post("/api/v1/organisations", body),
                as.put("/api/v1/organisations/" + org, "\"0\"", body), as.put("/api/v1/users/" + id, "\"0\"", userBody),
                as.post("/api/v1/users/" + id + "/lock", Map.of()), as.post("/api/v1/users/" + id + "/unlock", Map.of()),
                as.post("/api/v1/users/" + id + "/password-reset", Map.of()));
        assertThat(answers).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.json().get("code").asString()).isEqualTo("forbidden");
        });
    }
}
