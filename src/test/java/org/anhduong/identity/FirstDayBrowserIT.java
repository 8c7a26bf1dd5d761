package org.anhduong.identity;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.anhduong.test.Api;
import org.anhduong.test.Browser;
import org.anhduong.test.BrowserTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The main flow of the platform in a real browser: an administrator sets up an organisation and a user, signs out;
 * the new user signs in with the temporary password, is made to change it, and is then at home.
 */
class FirstDayBrowserIT extends BrowserTest {

    @Test
    void anAdministratorSetsUpAColleagueWhoThenChoosesHerOwnPassword() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String organisation = "Văn phòng công tác xã hội thử " + suffix;
        String username = "mai." + suffix;
        Page page = browser.newPage();

        browser.signIn(page, Api.ADMIN, Api.ADMIN_PASSWORD);
        page.navigate("/admin/organisations/new");
        page.getByLabel("Tên đơn vị").fill(organisation);
        page.getByLabel("Loại đơn vị").selectOption("COMMUNE_SOCIAL_WORK_OFFICE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Đã lưu");
        assertThat(page.getByLabel("Tên đơn vị")).hasValue(organisation);

        page.navigate("/admin/users/new");
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Họ và tên").fill("Đỗ Thị Mai");
        page.getByLabel("Đơn vị", new Page.GetByLabelOptions().setExact(true)).selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(organisation));
        page.getByLabel("Nhân viên quản lý ca").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo người dùng")).click();
        String temporary = page.locator(".secret").innerText().trim();
        assertThat(page.locator(".secret")).hasText(Pattern.compile("\\S{4}-\\S{4}-\\S{4}-\\S{4}"));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Bạn đã đăng xuất");

        browser.signIn(page, username, temporary);
        assertThat(page).hasURL(Pattern.compile(".*/account/password$"));
        page.navigate("/admin/users");
        assertThat(page).hasURL(Pattern.compile(".*/account/password$"));

        String chosen = "mùa hoa sim nở tím đồi " + suffix;
        page.getByLabel("Mật khẩu hiện tại").fill(temporary);
        page.getByLabel("Mật khẩu mới", new Page.GetByLabelOptions().setExact(true)).fill(chosen);
        page.getByLabel("Nhập lại mật khẩu mới").fill(chosen);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đổi mật khẩu")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã đổi mật khẩu");

        page.navigate("/");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Xin chào, Đỗ Thị Mai");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất")).click();
        browser.signIn(page, username, chosen);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Xin chào, Đỗ Thị Mai");
    }
}
