package org.anhduong.identity;

import org.anhduong.test.AuditRows;
import org.anhduong.platform.security.Roles;
import org.anhduong.test.Api;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Five wrong passwords lock the account for a while, and the audit log shows it. */
@IntegrationTest
class LockoutIT {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fiveFailuresLockTheAccountAndTheLockoutIsAudited() {
        var api = new Api(port);
        var user = testUsers.aUserWithRoles(Roles.CASE_WORKER);

        for (int i = 0; i < 4; i++) {
            assertThat(api.createToken(user.username(), "wrong password " + i).status()).isEqualTo(401);
        }
        assertThat(api.createToken(user.username(), TestUsers.PASSWORD).status())
                .as("four failures do not lock; a success resets the count").isEqualTo(201);

        for (int i = 0; i < 5; i++) {
            assertThat(api.createToken(user.username(), "wrong password " + i).status()).isEqualTo(401);
        }
        assertThat(api.createToken(user.username(), TestUsers.PASSWORD).status())
                .as("locked: even the right password is refused").isEqualTo(401);

        assertThat(auditActions(user.id())).contains("login.failure", "user.lockout", "login.locked", "login.success");
    }

    @Test
    void failuresOfUnknownUsersAreAuditedWithoutTheTypedName() {
        var api = new Api(port);
        assertThat(api.createToken("nobody-typed-this-name", "whatever it was").status()).isEqualTo(401);
        AuditRows.awaitSealed(jdbc);
        long mentions = jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE actor_username LIKE '%nobody-typed%' "
                + "OR record_id LIKE '%nobody-typed%'").query(Long.class).single();
        assertThat(mentions).isZero();
    }

    private java.util.List<String> auditActions(long userId) {
        AuditRows.awaitSealed(jdbc);
        return jdbc.sql("SELECT action FROM audit_events WHERE record_type = 'user' AND record_id = :id ORDER BY id")
                .param("id", String.valueOf(userId)).query(String.class).list();
    }
}
