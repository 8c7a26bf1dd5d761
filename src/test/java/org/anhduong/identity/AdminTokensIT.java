package org.anhduong.identity;

import org.anhduong.platform.security.Roles;
import org.anhduong.test.Api;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** API tokens are listed and revoked by their owner and by administrators, by nobody else. */
@IntegrationTest
class AdminTokensIT {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void anOwnerListsAndRevokesTheirOwnTokensButNotAnothers() {
        var owner = testUsers.aUserWithRoles(Roles.CASE_WORKER);
        var other = testUsers.aUserWithRoles(Roles.CASE_WORKER);
        String mine = api.token(owner.username(), TestUsers.PASSWORD);
        var spare = api.createToken(owner.username(), TestUsers.PASSWORD).json();
        var theirs = api.createToken(other.username(), TestUsers.PASSWORD).json();

        var listed = api.get("/api/v1/tokens", mine);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().findValuesAsString("userId")).containsOnly(String.valueOf(owner.id()));
        assertThat(listed.json().size()).isEqualTo(2);
        assertThat(listed.body()).doesNotContain("adt_");
        assertThat(api.get("/api/v1/tokens?userId=" + other.id(), mine).status()).isEqualTo(403);

        assertThat(api.delete("/api/v1/tokens/" + theirs.get("id").asLong(), mine).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/me", theirs.get("token").asString()).status()).isEqualTo(200);

        assertThat(api.delete("/api/v1/tokens/" + spare.get("id").asLong(), mine).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/me", spare.get("token").asString()).status()).isEqualTo(401);
    }

    @Test
    void anAdministratorListsAndRevokesAnyonesTokens() {
        var user = testUsers.aUserWithRoles(Roles.SUPERVISOR);
        var token = api.createToken(user.username(), TestUsers.PASSWORD).json();
        String adminToken = api.adminToken();

        assertThat(api.get("/api/v1/tokens?userId=" + user.id(), adminToken).json().findValuesAsString("id"))
                .containsExactly(String.valueOf(token.get("id").asLong()));
        assertThat(api.delete("/api/v1/tokens/" + token.get("id").asLong(), adminToken).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/me", token.get("token").asString()).status()).isEqualTo(401);
    }
}
