package org.anhduong.reporting;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.anhduong.identity.TestUsers;
import org.anhduong.platform.security.Roles;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.Browser;
import org.anhduong.test.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor opens the report for her organisation's period, reads the figures, the narrative and the charts' tables,
 * and drills down from the cases opened to her case; a viewer sees the same report with small counts as "<5" and no
 * links to records.
 */
class ReportingBrowserIT extends BrowserTest {

    @Autowired
    ReportingCalls calls;

    @Test
    void aSupervisorReadsTheReportAndDrillsDownWhileAViewerSeesOnlyAggregates() {
        Caller supervisor = calls.aUserWithRoles(Roles.SUPERVISOR, Roles.CASE_WORKER);
        long caseId = calls.openCase(supervisor, """
                {"type": "DOMESTIC_VIOLENCE", "source": "NATIONAL_HOTLINE_111", "priority": "HIGH",
                 "confirmNoDuplicate": true, "client": {"sex": "FEMALE", "dateOfBirth": "1990"}}""");
        String caseNumber = calls.get(supervisor, ReportingCalls.CASES + "/" + caseId).json().get("case")
                .get("caseNumber").asString();

        Page page = browser.newPage();
        browser.signIn(page, supervisor.account().username(), TestUsers.PASSWORD);
        page.getByLabel("Điều hướng chính").getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Báo cáo").setExact(true)).click();
        page.locator("#preset").selectOption("YEAR");
        page.locator("#organisation").selectOption(String.valueOf(supervisor.organisationId()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem báo cáo")).click();

        assertThat(page.locator("#report-title")).containsText("Báo cáo số liệu năm");
        assertThat(page.locator("tr[data-indicator='cases.opened'] td a")).hasText(
                java.util.regex.Pattern.compile("^1 — "));
        assertThat(page.locator("tr[data-indicator='intake.fromNationalHotline111'] td a")).hasText(
                java.util.regex.Pattern.compile("^1 — "));
        assertThat(page.locator("table[data-chart='bar']").first()).isVisible();
        accessible(page);

        page.locator("tr[data-indicator='cases.opened'] td a").click();
        assertThat(page.locator("h1")).hasText("Hồ sơ của chỉ tiêu");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(caseNumber))).isVisible();
        accessible(page);

        Caller viewer = calls.aUserWithRoles(Roles.VIEWER);
        Page aggregate = browser.newPage();
        browser.signIn(aggregate, viewer.account().username(), TestUsers.PASSWORD);
        aggregate.navigate("/reports?preset=YEAR&organisation=" + supervisor.organisationId());
        assertThat(aggregate.locator("tr[data-indicator='cases.opened'] td")).hasText("<5");
        assertThat(aggregate.locator("tr[data-indicator='cases.opened'] td a")).hasCount(0);
        accessible(aggregate);
        aggregate.navigate("/reports/cases?from=2026-01-01&to=2026-12-31&measure=OPENED");
        assertThat(aggregate.locator("h1")).not().hasText("Hồ sơ của chỉ tiêu");
    }

    private static void accessible(Page page) {
        assertThat(Browser.seriousAccessibilityViolations(page)).as(page.url()).isEmpty();
    }
}
