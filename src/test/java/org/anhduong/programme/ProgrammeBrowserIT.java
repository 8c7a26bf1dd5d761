package org.anhduong.programme;

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
 * A programme officer registers a model, records an activity with its participants and a training of 30 in 1993,
 * then finds them in the programme summary of that year for its commune (Móng Cái 3, which no other test uses:
 * other tests' models are still running in 1993). A viewer reads the summary and is offered no form.
 */
class ProgrammeBrowserIT extends BrowserTest {

    @Autowired
    ProgrammeCalls calls;

    @Test
    void anOfficerRecordsAModelAndAnActivityAndSeesThemInTheSummary() {
        Caller officer = calls.aUserWithRoles(Roles.PROGRAMME_OFFICER);
        Page page = browser.newPage();
        browser.signIn(page, officer.account().username(), TestUsers.PASSWORD);
        page.getByLabel("Điều hướng chính").getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Chương trình phòng ngừa")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mô hình").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm mô hình")).click();
        accessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.locator("[data-error-summary]")).containsText("Cần ít nhất một xã, phường");
        assertThat(page.locator("[data-error-summary] a[href='#name']")).hasCount(1);
        assertThat(page.locator("#name")).hasAttribute("aria-invalid", "true");
        accessible(page);

        page.getByLabel("Tên mô hình").fill("Địa chỉ tin cậy Hà Tu 1993");
        page.getByLabel("Loại mô hình").selectOption("TRUSTED_ADDRESS");
        page.getByLabel("Mô hình thí điểm").check();
        page.locator("#communeCode").fill("06736");
        page.getByLabel("Trạng thái", new Page.GetByLabelOptions().setExact(true)).selectOption("ACTIVE");
        page.getByLabel("Trạng thái từ ngày").fill("1/1/1993");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã lưu");
        assertThat(page.locator("#model-list")).containsText("Địa chỉ tin cậy Hà Tu 1993");
        accessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Địa chỉ tin cậy Hà Tu 1993")).click();
        page.getByLabel("Nhà tài trợ").fill("UNFPA");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã lưu");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hoạt động").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ghi nhận hoạt động")).click();
        page.getByLabel("Loại hoạt động").selectOption("COMMUNITY_MEETING");
        page.getByLabel("Ngày tổ chức").fill("10/03/1993");
        page.getByLabel("Thuộc mô hình").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Địa chỉ tin cậy Hà Tu 1993"));
        page.locator("#communeCode").fill("06736");
        page.locator("#female").fill("25");
        page.locator("#male").fill("15");
        accessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã lưu");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tập huấn").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ghi nhận lớp tập huấn")).click();
        page.getByLabel("Chủ đề tập huấn").selectOption("COUNSELLING");
        page.getByLabel("Cấp", new Page.GetByLabelOptions().setExact(true)).selectOption("VILLAGE");
        page.locator("#startsOn").fill("12/04/1993");
        page.locator("#communeCode").fill("06736");
        page.locator("#female").fill("18");
        page.locator("#male").fill("12");
        accessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã lưu");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tổng hợp").setExact(true)).click();
        page.getByLabel("Từ ngày").fill("01/01/1993");
        page.getByLabel("Đến ngày").fill("31/12/1993");
        page.locator("#communeCode").fill("06736");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem tổng hợp")).click();
        assertThat(page.locator("#overview")).containsText("Mô hình thí điểm");
        assertThat(page.locator("#overview tr:has(th:text-is('Số mô hình')) td")).hasText("1");
        assertThat(page.locator("#overview tr:has(th:text-is('Số hoạt động')) td")).hasText("1");
        assertThat(page.locator("#overview tr:has(th:text-is('Số người tham gia hoạt động')) td")).hasText("40");
        assertThat(page.locator("#activities")).containsText("Sinh hoạt cộng đồng");
        assertThat(page.locator("#overview tr:has(th:text-is('Số người được tập huấn')) td")).hasText("30");
        assertThat(page.locator("#trainings")).containsText("Thôn, tổ dân phố");
        accessible(page);

        Caller viewer = calls.aUserWithRoles(Roles.VIEWER);
        Page viewing = browser.newPage();
        browser.signIn(viewing, viewer.account().username(), TestUsers.PASSWORD);
        viewing.navigate("/programme?from=01/01/1993&to=31/12/1993&communeCode=06736");
        assertThat(viewing.locator("#overview tr:has(th:text-is('Số mô hình')) td")).hasText("1");
        viewing.navigate("/programme/models");
        assertThat(viewing.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm mô hình")))
                .hasCount(0);
        var refused = viewing.navigate("/programme/models/new");
        assertThat(refused.status()).isEqualTo(403);
    }

    /** Campaigns, indicators and visits in 1997, a year no other test uses. */
    @Test
    void anOfficerCreatesACampaignAnIndicatorAndAVisit() {
        Caller officer = calls.aUserWithRoles(Roles.PROGRAMME_OFFICER);
        Page page = browser.newPage();
        browser.signIn(page, officer.account().username(), TestUsers.PASSWORD);
        page.navigate("/programme");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chiến dịch").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm chiến dịch")).click();
        accessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.locator("[data-error-summary] a[href='#kind']")).hasCount(1);
        assertThat(page.locator("#kind")).hasAttribute("aria-invalid", "true");
        accessible(page);
        page.getByLabel("Loại chiến dịch").selectOption("ELIMINATION_DAY");
        page.locator("#year").fill("1997");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã lưu");
        assertThat(page.locator("h1")).containsText("25/11/1997");
        assertThat(page.locator("dl")).containsText("25/11/1997 – 25/11/1997");
        accessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chiến dịch truyền thông")).click();
        assertThat(page.locator("#campaign-list")).containsText("25/11/1997");
        accessible(page);

        page.navigate("/programme/indicators?from=01/01/1997&to=31/12/1997");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm chỉ số")).click();
        page.getByLabel("Chỉ số", new Page.GetByLabelOptions().setExact(true)).fill("Số xã có nhóm tư vấn 1997");
        page.getByLabel("Cách tính").selectOption("MANUAL");
        page.locator("#periodFrom").fill("01/01/1997");
        page.locator("#periodTo").fill("31/12/1997");
        page.locator("#target").fill("8");
        accessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã lưu");
        page.locator("#measuredOn").fill("30/06/1997");
        page.locator("#amount").fill("2");
        page.locator("#evidence").fill("Báo cáo quý II");
        accessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu kết quả")).click();
        assertThat(page.locator("#indicator-value")).hasText("2");
        assertThat(page.locator("#value-list")).containsText("Báo cáo quý II");
        accessible(page);

        page.navigate("/programme/visits/new");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm một dòng")).click();
        assertThat(page.locator("#action3")).isVisible();
        accessible(page);
        page.getByLabel("Ngày giám sát").fill("12/09/1997");
        page.locator("#communeCode").fill("06652");
        page.locator("#action3").fill("Bổ sung tài liệu truyền thông");
        page.locator("#owner3").fill("Phạm Thị Lan");
        page.locator("#dueOn3").fill("30/10/1997");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã lưu");
        assertThat(page.locator("#action-list")).containsText("Phạm Thị Lan");
        accessible(page);
    }

    private static void accessible(Page page) {
        assertThat(Browser.seriousAccessibilityViolations(page)).as(page.url()).isEmpty();
    }
}
