package org.anhduong.shelter;

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
 * A case worker starts an emergency support episode for a mother and her two children, places the three of them in a
 * trusted address and sees its free places drop on the occupancy board; their discharge frees the places again. Then
 * she places the girl in residential care.
 */
class EmergencySupportBrowserIT extends BrowserTest {

    @Autowired
    ShelterCalls calls;

    @Test
    void aMotherAndHerChildrenArePlacedInATrustedAddressAndDischarged() {
        Caller admin = calls.aUserWithRoles(Roles.ADMINISTRATOR);
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        long facility = calls.facility(admin, worker.organisationId(), "TRUSTED_ADDRESS", 4, true);
        long care = calls.facility(admin, worker.organisationId(), "SOCIAL_PROTECTION", 30, true);
        long caseId = calls.aMotherWithTwoChildren(worker);

        Page page = browser.newPage();
        browser.signIn(page, worker.account().username(), TestUsers.PASSWORD);
        page.navigate("/cases/" + caseId);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hỗ trợ khẩn cấp")).click();
        accessible(page);
        page.getByLabel("Chỗ ở an toàn").check();
        page.getByLabel("Con, nữ, sinh năm 2017").check();
        page.getByLabel("Con, nam, sinh năm 2020").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bắt đầu đợt hỗ trợ")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã bắt đầu đợt hỗ trợ khẩn cấp");
        assertThat(page.locator("article h3")).containsText("3 người");

        for (String person : new String[]{"Thân chủ, nữ, sinh năm 1994", "Con, nữ, sinh năm 2017",
                "Con, nam, sinh năm 2020"}) {
            page.getByLabel("Người được hỗ trợ").selectOption(new com.microsoft.playwright.options.SelectOption()
                    .setLabel(person));
            page.getByLabel("Cơ sở", new Page.GetByLabelOptions().setExact(true)).selectOption(String.valueOf(facility));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bố trí chỗ ở").setExact(true)).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã bố trí chỗ ở");
        }
        accessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bảng chỗ ở")).click();
        assertThat(page.locator("tr[data-facility='" + facility + "'] td.free")).hasText("1");
        accessible(page);

        page.navigate("/cases/" + caseId + "/emergency");
        for (int i = 0; i < 3; i++) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cho rời cơ sở").setExact(false))
                    .first().click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã ghi nhận người này rời cơ sở");
        }
        page.navigate("/shelter/occupancy");
        assertThat(page.locator("tr[data-facility='" + facility + "'] td.free")).hasText("4");

        page.navigate("/cases/" + caseId + "/emergency");
        page.getByLabel("Trẻ em", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Con, nữ, sinh năm 2017"));
        page.getByLabel("Cơ sở bảo trợ xã hội", new Page.GetByLabelOptions().setExact(true))
                .selectOption(String.valueOf(care));
        page.getByLabel("Lý do").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Nạn nhân mua bán người trở về"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đưa vào chăm sóc nội trú")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã ghi nhận trẻ vào chăm sóc nội trú");
        assertThat(page.locator("#care-title + .table-wrap")).containsText("Nạn nhân mua bán người trở về");
        accessible(page);
    }

    private static void accessible(Page page) {
        assertThat(Browser.seriousAccessibilityViolations(page)).as(page.url()).isEmpty();
    }
}
