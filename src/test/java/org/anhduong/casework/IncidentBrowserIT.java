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
import static org.anhduong.casework.CaseworkSteps.answer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #4's incident flow in a real browser: a case worker opens a case file, classifies an incident with the helper
 * (no penetration, no unwanted sexual contact, physical assault: yes), records her husband as the perpetrator and sees
 * the intimate-partner-violence badge. The helper and the incident page are checked with axe-core.
 */
class IncidentBrowserIT extends BrowserTest {

    @Autowired
    CaseworkCalls calls;

    @Test
    void theHelperClassifiesAPhysicalAssaultAndTheHusbandMakesItIntimatePartnerViolence() {
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        long caseId = calls.opened(worker, intake111("Nguyễn Thị Lan " + aWord(), aPhoneNumber(), anIdNumber()));
        Page page = browser.newPage();
        browser.signIn(page, worker.account().username(), TestUsers.PASSWORD);

        page.navigate("/cases/" + caseId);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sự việc").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm sự việc")).click();
        assertThat(page.getByRole(AriaRole.GROUP)).containsText("Câu 1 / 6");
        accessible(page);

        answer(page, "Không", "Câu 2 / 6");
        answer(page, "Không", "Câu 3 / 6");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Quay lại")).click();
        assertThat(page.getByRole(AriaRole.GROUP)).containsText("Câu 2 / 6");
        assertThat(page.getByLabel("Không", new Page.GetByLabelOptions().setExact(true))).isChecked();
        answer(page, "Không", "Câu 3 / 6");
        page.getByLabel("Có", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp tục")).click();
        assertThat(page.locator("#helper-result")).containsText("Loại sự việc: Bạo lực thể chất");
        assertThat(page.locator("#helper-result")).containsText("Có bị đánh hoặc làm đau về thể xác không?");
        accessible(page);

        CaseworkSteps.saveIncident(page, caseId);
        CaseworkSteps.addHusbandAsPerpetrator(page);
        assertThat(page.locator("details[open] summary")).containsText("thành viên gia đình");
        accessible(page);
    }

    @Test
    void choosingTheTypeByHandNeedsAReason() {
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        long caseId = calls.opened(worker, intake111("Trần Thị Hoa " + aWord(), aPhoneNumber(), anIdNumber()));
        Page page = browser.newPage();
        browser.signIn(page, worker.account().username(), TestUsers.PASSWORD);

        page.navigate("/cases/" + caseId + "/incidents/new");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tự chọn loại")).click();
        page.getByLabel("Loại do bạn chọn").selectOption("PSYCHOLOGICAL_ABUSE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu sự việc")).click();

        assertThat(page.locator("[data-error-summary]")).isFocused();
        assertThat(page.getByLabel("Lý do bạn tự chọn loại")).hasAttribute("aria-invalid", "true");
        accessible(page);
    }

    private static void accessible(Page page) {
        assertThat(Browser.seriousAccessibilityViolations(page)).as(page.url()).isEmpty();
    }
}
