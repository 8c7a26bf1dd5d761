package org.anhduong.casework;

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
import static org.anhduong.casework.CaseworkCalls.aPhoneNumber;
import static org.anhduong.casework.CaseworkCalls.aWord;
import static org.anhduong.casework.CaseworkCalls.anIdNumber;
import static org.anhduong.casework.CaseworkCalls.intake111;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing a case with the supervisor's approval, in a real browser: the case worker reads the consents, asks to close
 * the case, and her supervisor finds the request waiting for her and approves it.
 */
class ClosureBrowserIT extends BrowserTest {

    @Autowired
    CaseworkCalls calls;

    @Test
    void theWorkerRequestsClosureAndTheSupervisorApprovesIt() {
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        Caller supervisor = calls.aColleagueOf(worker, Roles.SUPERVISOR);
        long id = calls.opened(worker, intake111("Vũ Thị Hoa " + aWord(), aPhoneNumber(), anIdNumber()));
        String caseNumber = calls.get(worker, CaseworkCalls.CASES + "/" + id).json().get("case").get("caseNumber").asString();

        Page working = signedIn(worker);
        working.navigate("/cases/" + id);
        working.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sự đồng ý")).click();
        assertThat(working.locator("main")).containsText("Hôm nay có được chia sẻ không?");
        accessible(working);
        working.getByLabel("Mục đích").selectOption("STATISTICS");
        working.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi nhận")).click();
        assertThat(working.getByRole(AriaRole.STATUS)).containsText("Đã ghi nhận sự đồng ý");
        accessible(working);

        CaseworkSteps.requestClosure(working);
        accessible(working);

        Page supervising = signedIn(supervisor);
        CaseworkSteps.approveClosure(supervising, caseNumber);
        accessible(supervising);

        working.navigate("/cases/" + id);
        assertThat(working.locator("main")).containsText("Đã đóng");
    }

    private Page signedIn(Caller user) {
        Page page = browser.newPage(1280, 900);
        browser.signIn(page, user.account().username(), TestUsers.PASSWORD);
        return page;
    }

    private static void accessible(Page page) {
        assertThat(Browser.seriousAccessibilityViolations(page)).as(page.url()).isEmpty();
    }
}
