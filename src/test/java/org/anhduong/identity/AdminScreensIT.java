package org.anhduong.identity;

import org.anhduong.identity.internal.AccountDetails;
import org.anhduong.identity.internal.Users;
import org.anhduong.platform.security.Roles;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The user administration screens: forms that keep input, secrets shown once, and the role rule. */
@IntegrationTest
class AdminScreensIT {

    private static final Pattern SECRET = Pattern.compile("<p class=\"secret\" id=\"secret\">([^<]+)</p>");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aCaseWorkerGets403OnEveryAdministrationPage() throws Exception {
        var caseWorker = signedIn(testUsers.aUserWithRoles(Roles.CASE_WORKER));
        long id = 1;
        List<MockHttpServletRequestBuilder> requests = List.of(get("/admin/organisations"),
                get("/admin/organisations/new"), get("/admin/organisations/" + id), get("/admin/users"),
                get("/admin/users/new"), get("/admin/users/" + id), get("/admin/tokens"), get("/admin/localities?q=ha"),
                post("/admin/organisations").param("name", "x"), post("/admin/organisations/" + id),
                post("/admin/users").param("username", "x"), post("/admin/users/search"), post("/admin/users/" + id),
                post("/admin/users/" + id + "/lock"), post("/admin/users/" + id + "/unlock"),
                post("/admin/users/" + id + "/password-reset"), post("/admin/tokens/" + id + "/revoke"));
        for (var request : requests) {
            int status = mvc.perform(request.with(caseWorker).with(csrf())).andReturn().getResponse().getStatus();
            assertThat(status).as(request.buildRequest(null).getRequestURI()).isEqualTo(403);
        }
    }

    @Test
    void anInvalidNewUserComesBackWithTheInputAndAnErrorSummary() throws Exception {
        String page = html(mvc.perform(post("/admin/users").with(admin()).with(csrf())
                .param("username", "Sai Tên").param("fullName", "Trần Thị Bình").param("email", "binh@example.org")
                .param("organisationId", "").param("localities", "06712, 99999").param("active", "true")).andReturn());

        assertThat(page).contains("data-error-summary", "tabindex=\"-1\"")
                .contains("href=\"#username\"", "href=\"#organisationId\"", "href=\"#roles\"", "href=\"#localities\"")
                .contains("value=\"Sai Tên\"", "value=\"Trần Thị Bình\"", "value=\"binh@example.org\"", "06712, 99999")
                .contains("aria-invalid=\"true\"", "aria-describedby=\"username-error username-hint\"")
                .contains("id=\"roles\"", "Tên đăng nhập: Tên đăng nhập gồm 3–60 ký tự", "Vai trò: Hãy chọn ít nhất một vai trò.")
                .doesNotContain("class=\"secret\"");
        assertThat(users.list("Trần Thị Bình", null)).noneMatch(u -> "sai tên".equals(u.username()));
    }

    @Test
    void aNewUsersTemporaryPasswordIsShownOnceAndWorks() throws Exception {
        long organisation = testUsers.aUserWithRoles(Roles.VIEWER).organisationId();
        String username = AdminApiCalls.unique("man.");
        MvcResult created = mvc.perform(post("/admin/users").with(admin()).with(csrf()).param("username", username)
                .param("fullName", "Lý Thị Cúc").param("organisationId", String.valueOf(organisation))
                .param("roles", Roles.CASE_WORKER, Roles.SUPERVISOR).param("active", "true")).andReturn();
        String page = html(created);
        String secret = secret(page);
        assertThat(created.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(page).contains(username);

        var user = users.findByUsername(username).orElseThrow();
        assertThat(user.roles()).containsExactlyInAnyOrder(Roles.CASE_WORKER, Roles.SUPERVISOR);
        assertThat(user.mustChangePassword()).isTrue();
        assertThat(encoder.matches(secret, users.passwordHash(user.id()).orElseThrow())).isTrue();
        assertThat(html(mvc.perform(get("/admin/users/" + user.id()).with(admin())).andReturn())).doesNotContain(secret);
    }

    @Test
    void aPasswordResetShowsTheNewPasswordOnceAndLockingIsReversible() throws Exception {
        var user = testUsers.aUserWithRoles(Roles.SHELTER_STAFF);
        String secret = secret(html(mvc.perform(post("/admin/users/" + user.id() + "/password-reset").with(admin())
                .with(csrf())).andReturn()));
        assertThat(encoder.matches(secret, users.passwordHash(user.id()).orElseThrow())).isTrue();

        var locked = mvc.perform(post("/admin/users/" + user.id() + "/lock").with(admin()).with(csrf())).andReturn();
        assertThat(locked.getResponse().getRedirectedUrl()).isEqualTo("/admin/users/" + user.id() + "?done=locked");
        assertThat(users.find(user.id()).orElseThrow().locked()).isTrue();
        String page = html(mvc.perform(get("/admin/users/" + user.id() + "?done=locked").with(admin())).andReturn());
        assertThat(page).contains("Bị quản trị viên khóa", "/unlock", "data-confirm=").doesNotContain(secret);

        mvc.perform(post("/admin/users/" + user.id() + "/unlock").with(admin()).with(csrf()));
        assertThat(users.find(user.id()).orElseThrow().locked()).isFalse();
    }

    @Test
    void theUserListShowsRolesAndStatusAndSearchesByPost() throws Exception {
        var user = testUsers.aUserWithRoles(Roles.PARTNER);
        String byOrganisation = html(mvc.perform(get("/admin/users?organisationId=" + user.organisationId())
                .with(admin())).andReturn());
        assertThat(byOrganisation).contains(user.username(), "Đối tác", "Đang hoạt động");

        String searched = html(mvc.perform(post("/admin/users/search").with(admin()).with(csrf())
                .param("q", "nguyen thi thu").param("organisationId", String.valueOf(user.organisationId()))).andReturn());
        assertThat(searched).contains(user.username(), "value=\"nguyen thi thu\"");
    }

    private static String secret(String page) {
        Matcher m = SECRET.matcher(page);
        assertThat(m.find()).as("the page shows a secret").isTrue();
        return m.group(1);
    }

    static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    RequestPostProcessor admin() {
        return signedIn(users.findByUsername("admin").orElseThrow());
    }

    static RequestPostProcessor signedIn(UserAccount user) {
        var details = AccountDetails.of(user, Instant.now());
        return authentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }
}
