package org.anhduong.geography;

import org.anhduong.platform.security.Roles;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The commune picker's results: for every signed-in role, by folded name, posted with the CSRF token. */
@IntegrationTest
class CommunePickerIT {

    static final String PICK = "/localities/communes";

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {Roles.CASE_WORKER, Roles.HOTLINE_COUNSELLOR, Roles.SUPERVISOR, Roles.ADMINISTRATOR,
            Roles.SHELTER_STAFF, Roles.VIEWER})
    void everySignedInRoleFindsCommunesWithoutAccents(String role) throws Exception {
        String html = body(mvc.perform(post(PICK).with(user("u").roles(role)).with(csrf())
                .param("field", "communeCode").param("communeCodeQuery", "mong cai")).andExpect(status().isOk()));

        assertThat(html).contains("Phường Móng Cái 1, Tỉnh Quảng Ninh", "data-fill=\"communeCode\"",
                        "data-note=\"communeCode-name\"", "Đã chọn: Phường Móng Cái 1, Tỉnh Quảng Ninh")
                .doesNotContain("<html").doesNotContain("style=");
    }

    @Test
    @WithMockUser(roles = Roles.CASE_WORKER)
    void plainDFindsTheCrossedDAndEachPickerReadsItsOwnQuery() throws Exception {
        String html = body(mvc.perform(post(PICK).with(csrf()).param("field", "localityCode")
                .param("localityCodeQuery", "DAM HA").param("communeCodeQuery", "mong cai")).andExpect(status().isOk()));

        assertThat(html).contains("Xã Đầm Hà, Tỉnh Quảng Ninh", "data-fill=\"localityCode\"").doesNotContain("Móng Cái");
    }

    @Test
    @WithMockUser(roles = Roles.CASE_WORKER)
    void resultsAreLimitedAndNothingFoundSaysSo() throws Exception {
        String many = body(mvc.perform(post(PICK).with(csrf()).param("field", "communeCode").param("communeCodeQuery", "xa"))
                .andExpect(status().isOk()));
        String none = body(mvc.perform(post(PICK).with(csrf()).param("field", "communeCode")
                .param("communeCodeQuery", "zzqq")).andExpect(status().isOk()));
        String blank = body(mvc.perform(post(PICK).with(csrf()).param("field", "communeCode")).andExpect(status().isOk()));

        assertThat(many.split("data-fill=", -1)).hasSize(11);
        assertThat(none).contains("Không tìm thấy xã, phường nào.");
        assertThat(blank.strip()).isEmpty();
    }

    @Test
    @WithMockUser(roles = Roles.CASE_WORKER)
    void aFieldThatIsNotAPlainIdIsRefused() throws Exception {
        mvc.perform(post(PICK).with(csrf()).param("field", "x\" onclick=\"y").param("q", "mong cai"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void withoutSignInOrCsrfTokenOrAsAGetNothingIsFound() throws Exception {
        int anonymous = mvc.perform(post(PICK).with(csrf()).param("field", "communeCode")
                .param("communeCodeQuery", "mong cai")).andReturn().getResponse().getStatus();
        assertThat(anonymous).isIn(302, 401, 403);
        mvc.perform(post(PICK).with(user("u").roles(Roles.CASE_WORKER)).param("field", "communeCode")
                .param("communeCodeQuery", "mong cai")).andExpect(status().isForbidden());
        mvc.perform(get(PICK).with(user("u").roles(Roles.CASE_WORKER)).param("field", "communeCode")
                .param("communeCodeQuery", "mong cai")).andExpect(status().is4xxClientError());
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
