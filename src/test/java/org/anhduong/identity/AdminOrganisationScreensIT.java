package org.anhduong.identity;

import org.anhduong.identity.internal.Organisations;
import org.anhduong.identity.internal.Users;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.anhduong.identity.AdminScreensIT.html;
import static org.anhduong.identity.AdminScreensIT.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The organisation screens: create, search without accents, edit, and a concurrent change that is not lost. */
@IntegrationTest
class AdminOrganisationScreensIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    Organisations organisations;

    @Test
    void createSearchEditAndAStaleEditThatKeepsTheInput() throws Exception {
        String name = AdminApiCalls.unique("Văn phòng công tác xã hội Đông Triều ");
        var created = mvc.perform(post("/admin/organisations").with(admin()).with(csrf()).param("name", name)
                .param("kind", "COMMUNE_SOCIAL_WORK_OFFICE").param("active", "true")).andReturn();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).matches("/admin/organisations/\\d+\\?done=saved");
        String path = location.substring(0, location.indexOf('?'));

        String list = html(mvc.perform(get("/admin/organisations").param("q", "dong trieu").with(admin())).andReturn());
        assertThat(list).contains(name, "Văn phòng công tác xã hội cấp xã");

        String edit = html(mvc.perform(get(location).with(admin())).andReturn());
        assertThat(edit).contains("value=\"" + name + "\"", "name=\"version\" value=\"0\"", "Đã lưu.");

        var saved = mvc.perform(post(path).with(admin()).with(csrf()).param("name", name + " (sửa)")
                .param("kind", "COMMUNE_SOCIAL_WORK_OFFICE").param("version", "0").param("active", "true")).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(path + "?done=saved");

        String stale = html(mvc.perform(post(path).with(admin()).with(csrf()).param("name", name + " (lần hai)")
                .param("kind", "NGO").param("version", "0").param("_active", "on")).andReturn());
        assertThat(stale).contains("vừa được người khác thay đổi", "value=\"" + name + " (lần hai)\"");
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        assertThat(organisations.find(id).orElseThrow().name()).isEqualTo(name + " (sửa)");
    }

    @Test
    void anInvalidOrganisationComesBackWithTheErrors() throws Exception {
        var result = mvc.perform(post("/admin/organisations").with(admin()).with(csrf()).param("name", " ")
                .param("kind", "").param("phone", "12-PROBE").param("address", "Số 1 phố Thử").param("_active", "on"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as(String.valueOf(result.getResolvedException())).isEqualTo(200);
        String page = html(result);
        assertThat(page).contains("data-error-summary", "href=\"#name\"", "href=\"#kind\"", "href=\"#phone\"")
                .contains("Tên đơn vị: Trường này là bắt buộc.", "Số điện thoại: Số điện thoại không hợp lệ.")
                .contains("value=\"Số 1 phố Thử\"", "aria-describedby=\"phone-error phone-hint\"");
    }

    @Test
    void englishPagesComeFromTheEnglishBundle() throws Exception {
        String page = html(mvc.perform(get("/admin/organisations/new").param("lang", "en").with(admin())).andReturn());
        assertThat(page).contains("New organisation", "Parent organisation", "Social work centre");
    }

    RequestPostProcessor admin() {
        return signedIn(users.findByUsername("admin").orElseThrow());
    }
}
