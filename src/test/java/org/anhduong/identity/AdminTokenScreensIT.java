package org.anhduong.identity;

import org.anhduong.identity.internal.Users;
import org.anhduong.platform.security.Roles;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.anhduong.identity.AdminScreensIT.html;
import static org.anhduong.identity.AdminScreensIT.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The token screens: every user manages their own; administrators see and revoke everyone's. */
@IntegrationTest
class AdminTokenScreensIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Users users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aUserCreatesATokenSeesItOnceAndRevokesIt() throws Exception {
        var user = testUsers.aUserWithRoles(Roles.CASE_WORKER);
        var me = signedIn(user);
        String created = html(mvc.perform(post("/account/tokens").with(me).with(csrf()).param("name", "Tổng đài thử"))
                .andReturn());
        assertThat(created).contains("class=\"secret\"", "adt_", "Tổng đài thử");

        String later = html(mvc.perform(get("/account/tokens").with(me)).andReturn());
        assertThat(later).contains("Tổng đài thử", "Còn hiệu lực").doesNotContain("adt_");

        long id = jdbc.sql("SELECT id FROM api_tokens WHERE user_id = :u").param("u", user.id()).query(Long.class).single();
        var revoked = mvc.perform(post("/account/tokens/" + id + "/revoke").with(me).with(csrf())).andReturn();
        assertThat(revoked.getResponse().getRedirectedUrl()).isEqualTo("/account/tokens?done=revoked");
        assertThat(html(mvc.perform(get("/account/tokens").param("done", "revoked").with(me)).andReturn()))
                .contains("Đã thu hồi mã truy cập.", "Đã thu hồi");
    }

    @Test
    void aUserCannotRevokeAnothersTokenButAnAdministratorCan() throws Exception {
        var owner = testUsers.aUserWithRoles(Roles.SUPERVISOR);
        mvc.perform(post("/account/tokens").with(signedIn(owner)).with(csrf()).param("name", "Báo cáo"));
        long id = jdbc.sql("SELECT id FROM api_tokens WHERE user_id = :u").param("u", owner.id()).query(Long.class).single();

        var intruder = signedIn(testUsers.aUserWithRoles(Roles.SUPERVISOR));
        assertThat(mvc.perform(post("/account/tokens/" + id + "/revoke").with(intruder).with(csrf())).andReturn()
                .getResponse().getStatus()).isEqualTo(404);

        var admin = signedIn(users.findByUsername("admin").orElseThrow());
        assertThat(html(mvc.perform(get("/admin/tokens").with(admin)).andReturn())).contains(owner.username(), "Báo cáo");
        mvc.perform(post("/admin/tokens/" + id + "/revoke").with(admin).with(csrf()));
        assertThat(jdbc.sql("SELECT revoked_at FROM api_tokens WHERE id = :id").param("id", id)
                .query(java.sql.Timestamp.class).optional()).isPresent();
    }
}
