package org.anhduong.geography;

import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;

import static org.anhduong.geography.MadeUpProvince.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@WithMockUser(roles = "ADMINISTRATOR")
class LocalityScreensIT {

    @Autowired
    MockMvc mvc;

    @Test
    void searchWorksAsAPlainForm() throws Exception {
        String html = body(mvc.perform(get("/admin/localities").param("q", "móng cái")).andExpect(status().isOk()));

        assertThat(html).contains("Phường Móng Cái 1", "Phường Móng Cái 3", "Tỉnh Quảng Ninh", "01/07/2025")
                .contains("hx-trigger=\"input changed delay:300ms, search\"")
                .doesNotContain("style=");
    }

    @Test
    void htmxGetsTheResultsAlone() throws Exception {
        String html = body(mvc.perform(get("/admin/localities/results").param("q", "dam ha").param("province", "22")
                .header("HX-Request", "true")).andExpect(status().isOk()));

        assertThat(html).contains("Xã Đầm Hà").doesNotContain("<html");
    }

    @Test
    void provinceFilterListsItsCommunes() throws Exception {
        String html = body(mvc.perform(get("/admin/localities").param("province", "22")).andExpect(status().isOk()));

        assertThat(html).contains("<option value=\"22\" selected>Tỉnh Quảng Ninh</option>").contains("Xã Đầm Hà");
    }

    @Test
    @WithMockUser(roles = "CASE_WORKER")
    void onlyAdministratorsSeeThePage() throws Exception {
        mvc.perform(get("/admin/localities")).andExpect(status().isForbidden());
    }

    @Test
    void aDryRunShowsTheCounts() throws Exception {
        var p = MadeUpProvince.create();

        String html = body(mvc.perform(upload(csv(p.provinceLine(), p.communeLine(1, "Xã Một")), "01/07/2026", true))
                .andExpect(status().isOk()));

        assertThat(html).contains("Kết quả chạy thử, hiệu lực từ 01/07/2026").doesNotContain("data-error-summary");
    }

    @Test
    void lineProblemsAreListedInASummary() throws Exception {
        var p = MadeUpProvince.create();

        String html = body(mvc.perform(upload(csv(p.provinceLine(), "commune,x,Xã Bí Mật," + p.code()), "1/7/2026", false))
                .andExpect(status().isBadRequest()));

        assertThat(html).contains("data-error-summary", "Dòng 3: cột code", "href=\"#file\"", "aria-invalid=\"true\"")
                .doesNotContain("Bí Mật");
    }

    @Test
    void theDateIsWrittenDayMonthYear() throws Exception {
        var p = MadeUpProvince.create();

        String html = body(mvc.perform(upload(csv(p.provinceLine()), "2026-07-01", true)).andExpect(status().isBadRequest()));

        assertThat(html).contains("href=\"#effectiveDate\"", "Ngày phải theo dạng dd/MM/yyyy.");
    }

    private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(
            String csv, String date, boolean dryRun) {
        var file = new MockMultipartFile("file", "units.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        var request = multipart("/admin/localities/import").file(file).param("effectiveDate", date);
        if (dryRun) {
            request.param("dryRun", "true");
        }
        request.with(csrf());
        return request;
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
