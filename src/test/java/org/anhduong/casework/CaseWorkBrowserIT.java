package org.anhduong.casework;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.anhduong.identity.TestUsers;
import org.anhduong.identity.UserAccount;
import org.anhduong.platform.security.Roles;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.Browser;
import org.anhduong.test.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.anhduong.casework.CaseworkCalls.aPhoneNumber;
import static org.anhduong.casework.CaseworkCalls.aWord;
import static org.anhduong.casework.CaseworkCalls.anIdNumber;
import static org.anhduong.casework.CaseworkCalls.intake111;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case worker assesses a client's safety (a weapon: high risk) and records a direct counselling session; her
 * supervisor sees the alert with its count in the navigation, acknowledges it and finds the case among high-risk ones.
 */
class CaseWorkBrowserIT extends BrowserTest {

    @Autowired
    CaseworkCalls calls;
    @Autowired
    TestUsers users;

    @Test
    void aHighRiskAssessmentAlertsTheSupervisorAndACounsellingSessionIsRecorded() {
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        UserAccount supervisor = users.aUserInOrganisation(worker.organisationId(), Roles.SUPERVISOR);
        long caseId = calls.opened(worker, intake111("Vũ Thị Ngọc " + aWord(), aPhoneNumber(), anIdNumber()));
        String caseNumber = calls.get(worker, CaseworkCalls.CASES + "/" + caseId).json().get("case")
                .get("caseNumber").asString();

        Page working = signedIn(worker.account());
        working.navigate("/cases/" + caseId);
        working.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đánh giá an toàn")).click();
        accessible(working);
        CaseworkSteps.assessHighRisk(working);
        accessible(working);

        working.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kế hoạch và dịch vụ")).click();
        accessible(working);
        CaseworkSteps.recordDirectCounselling(working);
        accessible(working);

        Page supervising = signedIn(supervisor);
        var alertsLink = supervising.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Điều hướng chính"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Cảnh báo")));
        assertThat(alertsLink).containsText("1");
        alertsLink.click();
        assertThat(supervising.locator("main table")).containsText(caseNumber);
        accessible(supervising);
        supervising.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đã xem cảnh báo hồ sơ " + caseNumber))
                .click();
        assertThat(supervising.getByRole(AriaRole.STATUS)).containsText("Đã đánh dấu cảnh báo là đã xem");
        assertThat(supervising.locator("main table")).containsText("Đã xem lúc");

        supervising.navigate("/cases/high-risk");
        assertThat(supervising.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(caseNumber))).isVisible();
        accessible(supervising);
    }

    private Page signedIn(UserAccount user) {
        Page page = browser.newPage(1280, 900);
        browser.signIn(page, user.username(), TestUsers.PASSWORD);
        return page;
    }

    private static void accessible(Page page) {
        assertThat(Browser.seriousAccessibilityViolations(page)).as(page.url()).isEmpty();
    }
}
