package org.anhduong.audit.web;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.NavEntry;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Set;

import static org.anhduong.audit.AuditFixtures.aUniqueRecordId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AuditScreenIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail trail;
    @Autowired
    List<NavEntry> navigation;

    @Test
    @WithMockUser(roles = Roles.ADMINISTRATOR)
    void anAdministratorFindsARecordsEvents() throws Exception {
        String recordId = aUniqueRecordId();
        trail.record(AuditEntry.success("test.screen", "testRecord", recordId).by(5L, "an.pham"));

        mvc.perform(get("/admin/audit").param("recordId", recordId))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Nhật ký hoạt động</h1>"),
                        containsString("<label for=\"filter-from\">Từ ngày</label>"),
                        containsString("<th scope=\"col\">Người thực hiện</th>"),
                        containsString(recordId),
                        containsString("an.pham"),
                        containsString("Thành công"))));
    }

    @Test
    @WithMockUser(roles = Roles.ADMINISTRATOR)
    void theScreenSpeaksEnglishOnRequest() throws Exception {
        mvc.perform(get("/admin/audit").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Audit log</h1>"), containsString("Verify chain"))));
    }

    @Test
    @WithMockUser(roles = Roles.ADMINISTRATOR)
    void aBadDateIsExplainedBesideTheField() throws Exception {
        mvc.perform(get("/admin/audit").param("from", "31/02/2025").param("to", "2025-03-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("data-error-summary"),
                        containsString("id=\"filter-from-error\""),
                        containsString("id=\"filter-to-error\""),
                        containsString("aria-invalid=\"true\""),
                        containsString("aria-describedby=\"filter-from-hint filter-from-error\""),
                        containsString("Ngày phải theo dạng dd/MM/yyyy."),
                        not(containsString("<table>")))));
    }

    @Test
    @WithMockUser(roles = Roles.ADMINISTRATOR)
    void aRangeThatEndsBeforeItStartsIsRefused() throws Exception {
        mvc.perform(get("/admin/audit").param("from", "05/03/2025").param("to", "04/03/2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày kết thúc không được trước ngày bắt đầu.")));
    }

    @Test
    @WithMockUser(roles = Roles.ADMINISTRATOR)
    void verifyingShowsTheResultInAStatusMessage() throws Exception {
        trail.record(AuditEntry.success("test.screen", "testRecord", aUniqueRecordId()));

        mvc.perform(post("/admin/audit/verify").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("role=\"status\""),
                        containsString("Chuỗi nhật ký nguyên vẹn: đã kiểm tra"))));
    }

    @Test
    @WithMockUser(roles = Roles.ADMINISTRATOR)
    void theEnglishResultCountsInGoodEnglish() throws Exception {
        mvc.perform(post("/admin/audit/verify").param("lang", "en").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The audit chain is intact: ")))
                .andExpect(content().string(not(containsString("{0"))));
    }

    @Test
    @WithMockUser(roles = Roles.ADMINISTRATOR)
    void verifyingWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/audit/verify")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = Roles.CASE_WORKER)
    void otherRolesMayNeitherSeeNorVerify() throws Exception {
        mvc.perform(get("/admin/audit")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/audit/verify").with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void theNavigationOffersTheScreenToAdministratorsOnly() {
        assertThat(navigation).filteredOn(e -> e.path().equals("/admin/audit")).singleElement().satisfies(e -> {
            assertThat(e.labelKey()).isEqualTo("nav.audit");
            assertThat(e.order()).isEqualTo(90);
            assertThat(e.visibleTo(Set.of(Roles.ADMINISTRATOR))).isTrue();
            assertThat(e.visibleTo(Set.of(Roles.CASE_WORKER))).isFalse();
        });
    }
}
