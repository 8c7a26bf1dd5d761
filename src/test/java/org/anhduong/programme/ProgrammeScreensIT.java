package org.anhduong.programme;

import org.anhduong.identity.UserAccount;
import org.anhduong.identity.internal.AccountDetails;
import org.anhduong.platform.security.Roles;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The campaign, indicator and visit screens: an officer creates and finds each, a viewer reads them without being
 * offered a form, a case worker is refused. Data in 1996, a year no other test uses.
 */
@IntegrationTest
class ProgrammeScreensIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammeCalls calls;

    @Test
    void campaignsAreCreatedListedAndSummarised() throws Exception {
        Caller officer = calls.aUserWithRoles(Roles.PROGRAMME_OFFICER);
        String name = "Ngày hội phòng chống bạo lực gia đình " + unique();

        String blank = html(mvc.perform(get("/programme/campaigns/new").with(as(officer))).andReturn());
        assertThat(blank).contains("action=\"/programme/campaigns/new\"", "name=\"kind\"", "name=\"year\"");
        String invalid = html(mvc.perform(post("/programme/campaigns/new").with(as(officer)).with(csrf())
                .param("kind", "").param("year", "1996")).andReturn());
        assertThat(invalid).contains("data-error-summary", "href=\"#kind\"", "value=\"1996\"");
        String badDays = html(mvc.perform(post("/programme/campaigns/new").with(as(officer)).with(csrf())
                .param("kind", "OTHER").param("name", name).param("startsOn", "31/02/1996")).andReturn());
        assertThat(badDays).contains("href=\"#startsOn\"", "value=\"" + name + "\"");

        MvcResult created = mvc.perform(post("/programme/campaigns/new").with(as(officer)).with(csrf())
                .param("kind", "OTHER").param("year", "").param("name", name).param("startsOn", "1/3/1996")
                .param("endsOn", "31/03/1996")).andReturn();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).matches("/programme/campaigns/\\d+");
        long campaign = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        ProgrammeCalls.id(calls.activity(officer, "COMMUNITY_MEETING", LocalDate.of(1996, 3, 10), "06652", campaign,
                5, 3, 0));

        String shown = html(mvc.perform(get(location).with(as(officer))).andReturn());
        assertThat(shown).contains(name, "01/03/1996 – 31/03/1996", "Chiến dịch khác", "10/03/1996")
                .contains("Số hoạt động thuộc chiến dịch</th><td>1</td>")
                .contains("Số người tham gia các hoạt động thuộc chiến dịch</th><td>8</td>");
        String list = html(mvc.perform(get("/programme/campaigns").with(as(officer))).andReturn());
        assertThat(list).contains("href=\"/programme/campaigns/new\"",
                "<a href=\"" + location + "\">" + name + "</a></td><td>Chiến dịch khác</td><td>1996</td>"
                        + "<td>01/03/1996</td><td>31/03/1996</td><td>1</td>");
        String english = html(mvc.perform(get(location).param("lang", "en").with(as(officer))).andReturn());
        assertThat(english).contains("Activities of the campaign", "Other campaign");

        Caller viewer = calls.aUserWithRoles(Roles.VIEWER);
        String read = html(mvc.perform(get("/programme/campaigns").with(as(viewer))).andReturn());
        assertThat(read).contains(name).doesNotContain("/programme/campaigns/new");
        assertThat(html(mvc.perform(get(location).with(as(viewer))).andReturn())).contains(name);
        assertThat(status(get("/programme/campaigns/new"), viewer)).isEqualTo(403);
        assertThat(mvc.perform(post("/programme/campaigns/new").with(as(viewer)).with(csrf())
                .param("kind", "ELIMINATION_DAY").param("year", "1996")).andReturn().getResponse().getStatus())
                .isEqualTo(403);

        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        assertThat(status(get("/programme/campaigns"), worker)).isEqualTo(403);
        assertThat(status(get(location), worker)).isEqualTo(403);
    }

    @Test
    void indicatorsShowTheirProgressAndHandEnteredValuesNeedEvidence() throws Exception {
        Caller officer = calls.aUserWithRoles(Roles.PROGRAMME_OFFICER);
        String manual = "Số xã có địa chỉ tin cậy " + unique();
        String computed = "Số hoạt động cộng đồng " + unique();

        String blank = html(mvc.perform(get("/programme/indicators/new").with(as(officer))).andReturn());
        assertThat(blank).contains("name=\"measure\"", "Nhập tay, kèm minh chứng", "Toàn chương trình");
        String invalid = html(mvc.perform(post("/programme/indicators/new").with(as(officer)).with(csrf())
                .param("name", manual).param("measure", "MANUAL").param("periodFrom", "01/01/1996")
                .param("periodTo", "31/12/1996").param("target", "mười")).andReturn());
        assertThat(invalid).contains("data-error-summary", "href=\"#target\"", "value=\"" + manual + "\"");

        String location = mvc.perform(post("/programme/indicators/new").with(as(officer)).with(csrf())
                .param("name", manual).param("measure", "MANUAL").param("periodFrom", "01/01/1996")
                .param("periodTo", "31/12/1996").param("target", "10")).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/programme/indicators/\\d+");
        String computedAt = mvc.perform(post("/programme/indicators/new").with(as(officer)).with(csrf())
                .param("name", computed).param("measure", "ACTIVITIES_HELD").param("periodFrom", "01/01/1996")
                .param("periodTo", "31/12/1996").param("target", "4")).andReturn().getResponse().getRedirectedUrl();
        assertThat(computedAt).matches("/programme/indicators/\\d+");

        String page = html(mvc.perform(get(location).with(as(officer))).andReturn());
        assertThat(page).contains(manual, "Chưa có kết quả", "action=\"" + location + "/values\"");
        String noEvidence = html(mvc.perform(post(location + "/values").with(as(officer)).with(csrf())
                .param("measuredOn", "30/06/1996").param("amount", "4").param("evidence", "")).andReturn());
        assertThat(noEvidence).contains("data-error-summary", "href=\"#evidence\"", "value=\"4\"");
        assertThat(mvc.perform(post(location + "/values").with(as(officer)).with(csrf())
                .param("measuredOn", "30/06/1996").param("amount", "4").param("evidence", "Báo cáo 6 tháng của xã"))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo(location);
        page = html(mvc.perform(get(location).with(as(officer))).andReturn());
        assertThat(page).contains("<dd id=\"indicator-value\">4</dd>", "40 %", "Báo cáo 6 tháng của xã", "30/06/1996");

        String computedPage = html(mvc.perform(get(computedAt).with(as(officer))).andReturn());
        assertThat(computedPage).contains(computed, "Tính từ các hoạt động đã ghi nhận").doesNotContain("/values\"");
        String refusedValue = html(mvc.perform(post(computedAt + "/values").with(as(officer)).with(csrf())
                .param("measuredOn", "30/06/1996").param("amount", "4").param("evidence", "x")).andReturn());
        assertThat(refusedValue).contains("data-error-summary", "không nhập tay");

        String list = html(mvc.perform(get("/programme/indicators").param("from", "01/01/1996")
                .param("to", "31/12/1996").with(as(officer))).andReturn());
        assertThat(list).contains("href=\"/programme/indicators/new\"", "<a href=\"" + location + "\">" + manual,
                "<a href=\"" + computedAt + "\">" + computed, "Báo cáo 6 tháng của xã", "40 %");
        String badPeriod = html(mvc.perform(get("/programme/indicators").param("from", "99/99/1996")
                .with(as(officer))).andReturn());
        assertThat(badPeriod).contains("data-error-summary", "href=\"#from\"");

        Caller viewer = calls.aUserWithRoles(Roles.SUPERVISOR);
        String read = html(mvc.perform(get("/programme/indicators").param("from", "01/01/1996")
                .param("to", "31/12/1996").with(as(viewer))).andReturn());
        assertThat(read).contains(manual).doesNotContain("/programme/indicators/new");
        String readPage = html(mvc.perform(get(location).with(as(viewer))).andReturn());
        assertThat(readPage).contains("Báo cáo 6 tháng của xã").doesNotContain("action=\"" + location + "/values\"");
        assertThat(mvc.perform(post(location + "/values").with(as(viewer)).with(csrf())
                .param("measuredOn", "30/06/1996").param("amount", "5").param("evidence", "x")).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(status(get("/programme/indicators/new"), viewer)).isEqualTo(403);

        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        assertThat(status(get("/programme/indicators"), worker)).isEqualTo(403);
        assertThat(status(get(location), worker)).isEqualTo(403);
    }

    @Test
    void visitsAreRecordedWithFollowUpActionsOnAsManyRowsAsNeeded() throws Exception {
        Caller officer = calls.aUserWithRoles(Roles.PROGRAMME_OFFICER);
        String findings = "Sổ theo dõi chưa cập nhật " + unique();

        String blank = html(mvc.perform(get("/programme/visits/new").with(as(officer))).andReturn());
        assertThat(blank).contains("name=\"action0\"", "name=\"owner2\"", "name=\"dueOn2\"", "name=\"rows\" value=\"3\"",
                "name=\"addRow\"").doesNotContain("name=\"action3\"");
        String more = html(mvc.perform(post("/programme/visits/new").with(as(officer)).with(csrf())
                .param("rows", "3").param("addRow", "1").param("findings", findings)
                .param("action0", "Cập nhật sổ")).andReturn());
        assertThat(more).contains("name=\"action3\"", "name=\"rows\" value=\"4\"", "value=\"Cập nhật sổ\"", findings)
                .doesNotContain("data-error-summary");

        String invalid = html(mvc.perform(post("/programme/visits/new").with(as(officer)).with(csrf())
                .param("rows", "4").param("visitedOn", "").param("communeCode", "06652")
                .param("action2", "Tập huấn lại tổ hòa giải").param("dueOn2", "30/06/1996")).andReturn());
        assertThat(invalid).contains("data-error-summary", "href=\"#visitedOn\"", "href=\"#owner2\"")
                .doesNotContain("href=\"#owner0\"").contains("value=\"Tập huấn lại tổ hòa giải\"");
        String noPlace = html(mvc.perform(post("/programme/visits/new").with(as(officer)).with(csrf())
                .param("rows", "3").param("visitedOn", "15/05/1996").param("dueOn0", "31/6/1996")).andReturn());
        assertThat(noPlace).contains("href=\"#dueOn0\"");

        String location = mvc.perform(post("/programme/visits/new").with(as(officer)).with(csrf())
                .param("rows", "4").param("visitedOn", "15/05/1996").param("communeCode", "06652")
                .param("findings", findings).param("recommendations", "Giao ban hằng tháng")
                .param("action0", "Cập nhật sổ theo dõi").param("owner0", "Trần Thị Hoa").param("dueOn0", "30/06/1996")
                .param("action3", "Tập huấn lại tổ hòa giải").param("owner3", "Lê Văn Nam").param("dueOn3", "31/07/1996"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/programme/visits/\\d+");
        String shown = html(mvc.perform(get(location).with(as(officer))).andReturn());
        assertThat(shown).contains("15/05/1996", findings, "Giao ban hằng tháng")
                .contains("<td>Cập nhật sổ theo dõi</td><td>Trần Thị Hoa</td><td>30/06/1996</td><td>Không</td>")
                .contains("<td>Tập huấn lại tổ hòa giải</td><td>Lê Văn Nam</td><td>31/07/1996</td>");
        String list = html(mvc.perform(get("/programme/visits").with(as(officer))).andReturn());
        assertThat(list).contains("href=\"/programme/visits/new\"",
                "<a href=\"" + location + "\">15/05/1996</a>");

        Caller viewer = calls.aUserWithRoles(Roles.VIEWER);
        String read = html(mvc.perform(get("/programme/visits").with(as(viewer))).andReturn());
        assertThat(read).contains("<a href=\"" + location + "\">").doesNotContain("/programme/visits/new");
        assertThat(html(mvc.perform(get(location).with(as(viewer))).andReturn())).contains(findings)
                .doesNotContain("/programme/visits/new");
        assertThat(status(get("/programme/visits/new"), viewer)).isEqualTo(403);
        assertThat(mvc.perform(post("/programme/visits/new").with(as(viewer)).with(csrf())
                .param("visitedOn", "15/05/1996").param("communeCode", "06652")).andReturn().getResponse()
                .getStatus()).isEqualTo(403);

        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        assertThat(status(get("/programme/visits"), worker)).isEqualTo(403);
        assertThat(status(get(location), worker)).isEqualTo(403);
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                       Caller caller) throws Exception {
        return mvc.perform(request.with(as(caller))).andReturn().getResponse().getStatus();
    }

    private static String html(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).as(String.valueOf(result.getResolvedException()))
                .isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String unique() {
        return String.valueOf(System.nanoTime() % 1_000_000);
    }

    private static RequestPostProcessor as(Caller caller) {
        UserAccount user = caller.account();
        var details = AccountDetails.of(user, Instant.now());
        return authentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
                details.getAuthorities()));
    }
}
