package org.anhduong.casework;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.anhduong.identity.TestUsers;
import org.anhduong.identity.UserAccount;
import org.anhduong.platform.security.Roles;
import org.anhduong.test.Browser;
import org.anhduong.test.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.anhduong.casework.CaseworkCalls.aPhoneNumber;
import static org.anhduong.casework.CaseworkCalls.aWord;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * From a call to a case worker's file, in a real browser: a counsellor records a GBV call and opens a case from it, a
 * supervisor assigns it, the case worker finds it in "My cases" and reads the file, revealing the client's name.
 */
class CaseworkBrowserIT extends BrowserTest {

    private static final Pattern CASE_NUMBER = Pattern.compile("AD-\\d{4}-\\d{6}");

    @Autowired
    TestUsers users;

    @Test
    void aCounsellorsCaseIsAssignedBySupervisorAndOpenedByTheCaseWorker() {
        UserAccount counsellor = users.aUserWithRoles(Roles.HOTLINE_COUNSELLOR);
        UserAccount supervisor = users.aUserInOrganisation(counsellor.organisationId(), Roles.SUPERVISOR);
        UserAccount worker = users.aUserInOrganisation(counsellor.organisationId(), Roles.CASE_WORKER);
        String name = "Nguyễn Thị Lan " + aWord();

        Page page = signedIn(counsellor);
        page.navigate("/hotline/live");
        CaseworkSteps.logGbvCall(page, aPhoneNumber(), null, false);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Mở hồ sơ từ liên hệ số"))).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("điền sẵn từ liên hệ");
        assertThat(page.getByLabel("Loại hồ sơ")).hasValue("DOMESTIC_VIOLENCE");
        assertThat(page.getByLabel("Nguồn tiếp nhận")).hasValue("HOTLINE");
        assertThat(page.getByLabel("Mức ưu tiên")).hasValue("HIGH");
        accessible(page);
        page.getByLabel("Họ và tên").fill(name);
        page.locator("#companionRelation-0").selectOption("CHILD");
        page.locator("#companionSex-0").selectOption("FEMALE");
        page.locator("#companionBirth-0").fill("2019");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở hồ sơ")).click();

        Locator opened = page.getByRole(AriaRole.STATUS);
        assertThat(opened).containsText("Đã mở hồ sơ số");
        Matcher number = CASE_NUMBER.matcher(opened.textContent());
        assertThat(number.find()).isTrue();
        String caseNumber = number.group();

        Page supervising = signedIn(supervisor);
        supervising.navigate("/cases/team");
        accessible(supervising);
        supervising.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(caseNumber)).click();
        supervising.getByLabel("Cán bộ phụ trách").selectOption(String.valueOf(worker.id()));
        supervising.getByLabel("Trạng thái").selectOption("ASSESSMENT");
        supervising.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(supervising.getByRole(AriaRole.STATUS)).containsText("Đã lưu thay đổi");

        Page working = signedIn(worker);
        working.navigate("/cases/mine");
        working.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(caseNumber)).click();
        assertThat(working.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(caseNumber);
        assertThat(working.locator("main")).containsText("Đánh giá");
        assertThat(working.locator("main")).not().containsText(name);
        accessible(working);

        working.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thân chủ và người đi cùng")).click();
        assertThat(working.locator("main")).containsText("Con");
        working.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hiện họ tên")).click();
        assertThat(working.locator("#client-name")).containsText(name);
        accessible(working);

        working.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lịch sử")).click();
        assertThat(working.locator("main")).containsText("Xem họ tên thân chủ");
        accessible(working);
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
