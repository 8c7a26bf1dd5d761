package org.anhduong.casework;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.anhduong.identity.TestUsers;
import org.anhduong.identity.UserAccount;
import org.anhduong.platform.security.Roles;
import org.anhduong.test.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.anhduong.casework.CaseworkCalls.aPhoneNumber;
import static org.anhduong.casework.CaseworkCalls.aWord;
import static org.anhduong.casework.CaseworkSteps.accessible;
import static org.anhduong.casework.CaseworkSteps.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #4's acceptance story in one go, across the three people of one organisation: a counsellor logs a GBV call on
 * the live-call screen and asks for a case; the intake case appears in the supervisor's team list and she assigns it;
 * the case worker classifies the incident with the helper (physical assault), records the husband as perpetrator and
 * sees intimate-partner violence, assesses a high risk that alerts the supervisor, records a direct counselling session
 * and asks to close; the supervisor approves and the case is closed. Every screen on the way is checked with axe-core.
 */
class CaseworkAcceptanceBrowserIT extends BrowserTest {

    private static final Pattern CASE_NUMBER = Pattern.compile("^AD-\\d{4}-\\d{6}$");

    @Autowired
    TestUsers users;

    @Test
    void fromACallToAClosedCase() {
        UserAccount counsellor = users.aUserWithRoles(Roles.HOTLINE_COUNSELLOR);
        UserAccount supervisor = users.aUserInOrganisation(counsellor.organisationId(), Roles.SUPERVISOR);
        UserAccount worker = users.aUserInOrganisation(counsellor.organisationId(), Roles.CASE_WORKER);

        Page calling = signedIn(browser, counsellor);
        calling.navigate("/hotline/live");
        accessible(calling);
        CaseworkSteps.logGbvCall(calling, aPhoneNumber(), "Nguyễn Thị Lan " + aWord(), true);

        Page supervising = signedIn(browser, supervisor);
        String caseNumber = intakeInTeamList(supervising);
        accessible(supervising);
        supervising.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(caseNumber)).click();
        assertThat(supervising.locator("main")).containsText("Đường dây nóng");
        supervising.getByLabel("Cán bộ phụ trách").selectOption(String.valueOf(worker.id()));
        supervising.getByLabel("Trạng thái").selectOption("ASSESSMENT");
        supervising.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(supervising.getByRole(AriaRole.STATUS)).containsText("Đã lưu thay đổi");
        accessible(supervising);

        Page working = signedIn(browser, worker);
        working.navigate("/cases/mine");
        working.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(caseNumber)).click();
        assertThat(working.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(caseNumber);
        long caseId = Long.parseLong(working.url().replaceAll(".*/cases/(\\d+)$", "$1"));
        accessible(working);

        working.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sự việc").setExact(true)).click();
        working.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm sự việc")).click();
        CaseworkSteps.answer(working, "Không", "Câu 2 / 6");
        CaseworkSteps.answer(working, "Không", "Câu 3 / 6");
        working.getByLabel("Có", new Page.GetByLabelOptions().setExact(true)).check();
        working.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp tục")).click();
        assertThat(working.locator("#helper-result")).containsText("Loại sự việc: Bạo lực thể chất");
        accessible(working);
        CaseworkSteps.saveIncident(working, caseId);
        CaseworkSteps.addHusbandAsPerpetrator(working);
        accessible(working);

        working.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đánh giá an toàn")).click();
        CaseworkSteps.assessHighRisk(working);
        accessible(working);

        supervising.navigate("/cases/" + caseId);
        var alertsLink = supervising.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Điều hướng chính"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Cảnh báo")));
        assertThat(alertsLink).containsText("1");
        alertsLink.click();
        assertThat(supervising.locator("main table")).containsText(caseNumber);
        accessible(supervising);
        supervising.navigate("/cases/high-risk");
        assertThat(supervising.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(caseNumber))).isVisible();

        working.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kế hoạch và dịch vụ")).click();
        CaseworkSteps.recordDirectCounselling(working);
        accessible(working);
        CaseworkSteps.requestClosure(working);
        accessible(working);

        CaseworkSteps.approveClosure(supervising, caseNumber);
        accessible(supervising);
        working.navigate("/cases/" + caseId);
        assertThat(working.locator("main")).containsText("Đã đóng");
    }

    /**
     * The case the hotline asked for, once it shows in the supervisor's team list: it is opened after the contact
     * commits, on another thread, so the list is reloaded until it is there. The organisation is new, so it is the
     * only case of the list.
     */
    private static String intakeInTeamList(Page page) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        Locator numbers = page.locator("main table a").filter(new Locator.FilterOptions().setHasText(
                Pattern.compile("AD-\\d{4}-\\d{6}")));
        page.navigate("/cases/team");
        while (numbers.count() == 0 && Instant.now().isBefore(deadline)) {
            page.waitForTimeout(250);
            page.reload();
        }
        assertThat(numbers.count()).as("the intake case in the team list").isEqualTo(1);
        String number = numbers.first().textContent().strip();
        assertThat(number).matches(CASE_NUMBER);
        return number;
    }
}
