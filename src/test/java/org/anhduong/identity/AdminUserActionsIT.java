package org.anhduong.identity;

import org.anhduong.platform.security.Roles;
import org.anhduong.test.Api;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Lock, unlock and password reset through the API, and what they do to signing in. */
@IntegrationTest
class AdminUserActionsIT {

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
    void aLockedUserGetsNoTokenAndLosesTheirTokensUntilUnlocked() {
        var user = testUsers.aUserWithRoles(Roles.HOTLINE_COUNSELLOR);
        String token = api.token(user.username(), TestUsers.PASSWORD);

        var locked = admin.post("/api/v1/users/" + user.id() + "/lock", Map.of());
        assertThat(locked.status()).isEqualTo(200);
        assertThat(locked.json().get("locked").asBoolean()).isTrue();
        assertThat(api.createToken(user.username(), TestUsers.PASSWORD).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);

        var unlocked = admin.post("/api/v1/users/" + user.id() + "/unlock", Map.of());
        assertThat(unlocked.json().get("locked").asBoolean()).isFalse();
        assertThat(api.createToken(user.username(), TestUsers.PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void administratorsCannotLockThemselves() {
        long adminId = admin.get("/api/v1/me").json().get("id").asLong();
        var answer = admin.post("/api/v1/users/" + adminId + "/lock", Map.of());
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().get("code").asString()).isEqualTo("cannot-lock-self");
    }

    @Test
    void aResetPasswordWorksButMustBeChangedBeforeAnyToken() {
        var user = testUsers.aUserWithRoles(Roles.CASE_WORKER);
        var reset = admin.post("/api/v1/users/" + user.id() + "/password-reset", Map.of());
        assertThat(reset.status()).isEqualTo(200);
        String temporary = reset.json().get("temporaryPassword").asString();

        assertThat(api.createToken(user.username(), TestUsers.PASSWORD).status())
                .as("the old password no longer works").isEqualTo(401);
        var withTemporary = api.createToken(user.username(), temporary);
        assertThat(withTemporary.status()).as("the temporary password signs in, but must be changed first").isEqualTo(403);
        assertThat(withTemporary.json().get("code").asString()).isEqualTo("password-change-required");
        assertThat(admin.get("/api/v1/users/" + user.id()).json().get("mustChangePassword").asBoolean()).isTrue();
    }

    @Test
    void actionsOnAnUnknownUserAre404() {
        assertThat(admin.post("/api/v1/users/999999999/lock", Map.of()).status()).isEqualTo(404);
        assertThat(admin.post("/api/v1/users/999999999/password-reset", Map.of()).status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/organisations/999999999").status()).isEqualTo(404);
    }
}
