package org.anhduong.identity;

import org.anhduong.identity.internal.AccountDetails;
import org.anhduong.identity.internal.TokenService;
import org.anhduong.identity.internal.UserData;
import org.anhduong.identity.internal.Users;
import org.anhduong.platform.security.Roles;
import org.anhduong.test.Api;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.net.http.HttpRequest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Tokens, /me and the API's 401/403 answers, over real HTTP. */
@IntegrationTest
class ApiAuthenticationIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestUsers testUsers;
    @Autowired
    Users users;
    @Autowired
    TokenService tokens;
    @Autowired
    PasswordEncoder encoder;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void adminGetsATokenAndSeesThemselfThroughMe() {
        var created = api.createToken(Api.ADMIN, Api.ADMIN_PASSWORD);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("token").asString()).startsWith("adt_");
        assertThat(created.json().get("expiresAt").asString()).isNotBlank();

        var me = api.get("/api/v1/me", created.json().get("token").asString());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo("admin");
        assertThat(me.json().get("roles").toString()).contains("ADMINISTRATOR");
        assertThat(me.json().get("organisation").get("name").asString()).isNotBlank();
    }

    @Test
    void aTokensLastUseIsNotedAtMostEveryFiveMinutes() {
        var created = api.createToken(Api.ADMIN, Api.ADMIN_PASSWORD).json();
        String token = created.get("token").asString();
        long id = created.get("id").asLong();

        api.get("/api/v1/me", token);
        assertThat(lastUsed(id)).isAfter(Instant.now().minusSeconds(60));

        Instant twoMinutesAgo = Instant.now().minusSeconds(120).truncatedTo(ChronoUnit.SECONDS);
        setLastUsed(id, twoMinutesAgo);
        api.get("/api/v1/me", token);
        assertThat(lastUsed(id)).as("noted two minutes ago: left alone").isEqualTo(twoMinutesAgo);

        setLastUsed(id, Instant.now().minusSeconds(600));
        api.get("/api/v1/me", token);
        assertThat(lastUsed(id)).as("noted ten minutes ago: noted again").isAfter(Instant.now().minusSeconds(60));
    }

    private Instant lastUsed(long tokenId) {
        return jdbc.sql("SELECT last_used_at FROM api_tokens WHERE id = :id").param("id", tokenId)
                .query((rs, row) -> rs.getTimestamp(1).toInstant()).single();
    }

    private void setLastUsed(long tokenId, Instant at) {
        jdbc.sql("UPDATE api_tokens SET last_used_at = :at WHERE id = :id").param("at", Timestamp.from(at))
                .param("id", tokenId).update();
    }

    /**
     * A token is read with its user, roles and localities in one statement: a user with several of each gets all of
     * them, a locked or deactivated user none, and a bearer request keeps no session (no cookie is set).
     */
    @Test
    void aTokenCarriesAllItsUsersRolesAndLocalitiesAndKeepsNoSession() {
        UserAccount first = testUsers.aUserWithRoles(Roles.HOTLINE_COUNSELLOR);
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        long id = users.insert(new UserData(username, "Lê Thị Giám Sát", "gs@example.org", "+84912000111",
                first.organisationId(), Set.of(Roles.SUPERVISOR, Roles.CASE_WORKER), Set.of("06685", "06712"), true),
                encoder.encode(TestUsers.PASSWORD), false, Instant.now());
        String token = api.token(username, TestUsers.PASSWORD);

        AccountDetails account = tokens.authenticate(token).orElseThrow();
        assertThat(account.userId()).isEqualTo(id);
        assertThat(account.organisationId()).isEqualTo(first.organisationId());
        assertThat(account.roles()).containsExactlyInAnyOrder(Roles.SUPERVISOR, Roles.CASE_WORKER);
        assertThat(account.localities()).containsExactlyInAnyOrder("06685", "06712");
        assertThat(account.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_SUPERVISOR", "ROLE_CASE_WORKER");

        var me = api.get("/api/v1/me", token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.raw().headers().allValues("Set-Cookie")).isEmpty();

        users.setLocked(id, true, Instant.now());
        assertThat(tokens.authenticate(token)).isEmpty();
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);
    }

    @Test
    void unauthenticatedCallsGet401ProblemDetailNeverARedirect() {
        var users = api.getAnonymous("/api/v1/users");
        assertThat(users.status()).isEqualTo(401);
        assertThat(users.contentType()).startsWith("application/problem+json");
        assertThat(users.json().get("code").asString()).isEqualTo("unauthenticated");

        var me = api.getAnonymous("/api/v1/me");
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.raw().headers().firstValue("Location")).isEmpty();
    }

    @Test
    void unknownOrRevokedTokensAre401() {
        assertThat(api.get("/api/v1/me", "adt_not-a-real-token").status()).isEqualTo(401);

        var created = api.createToken(Api.ADMIN, Api.ADMIN_PASSWORD).json();
        String token = created.get("token").asString();
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);
        assertThat(api.delete("/api/v1/tokens/" + created.get("id").asLong(), token).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);
    }

    @Test
    void basicAuthIsAcceptedOnlyForCreatingTokens() {
        String basic = java.util.Base64.getEncoder().encodeToString((Api.ADMIN + ":" + Api.ADMIN_PASSWORD).getBytes());
        var me = api.send(api.request("/api/v1/me").header("Authorization", "Basic " + basic).GET());
        assertThat(me.status()).isEqualTo(401);
    }

    @Test
    void wrongPasswordGets401ProblemDetail() {
        var response = api.createToken(Api.ADMIN, "not the password at all");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("not the password");
    }

    @Test
    void malformedJsonIs400ProblemWithoutEcho() {
        String token = api.adminToken();
        var response = api.send(api.request("/api/v1/tokens").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\": SECRET-INPUT")));
        // Bearer is not accepted on the Basic-only endpoint: the answer is 401, never an echo of the body.
        assertThat(response.status()).isIn(400, 401);
        assertThat(response.body()).doesNotContain("SECRET-INPUT");
    }

    @Test
    void securityHeadersAreSet() {
        var response = api.getAnonymous("/login");
        var headers = response.raw().headers();
        assertThat(headers.firstValue("Content-Security-Policy")).get().asString()
                .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.body()).contains("lang=\"vi\"").contains("Đăng nhập");
    }
}
