package org.anhduong.identity;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.anhduong.platform.security.Roles;
import org.anhduong.test.Api;
import org.anhduong.test.Browser;
import org.anhduong.test.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The administration screens in a real browser: the main flows work, errors take focus, and axe finds nothing serious. */
class AdminBrowserIT extends BrowserTest {

    @Autowired
    TestUsers testUsers;

    @Test
    void anAdministratorCreatesAUserAfterFixingTheForm() {
        Page page = signedInAdmin();
        page.navigate("/admin/users/new");
        accessible(page);
        page.getByLabel("Họ và tên").fill("Trịnh Thị Vân");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo người dùng")).click();

        assertThat(page.locator("[data-error-summary]")).isFocused();
        assertThat(page.getByLabel("Họ và tên")).hasValue("Trịnh Thị Vân");
        accessible(page);

        page.getByLabel("Tên đăng nhập").fill(AdminApiCalls.unique("van."));
        page.getByLabel("Đơn vị", new Page.GetByLabelOptions().setExact(true)).selectOption(new String[] {"1"});
        page.getByLabel("Nhân viên quản lý ca").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo người dùng")).click();

        assertThat(page.locator(".secret")).hasText(java.util.regex.Pattern.compile("\\S{4}-\\S{4}-\\S{4}-\\S{4}"));
        accessible(page);
    }

    @Test
    void lockingAsksForConfirmationAndTheListShowsTheStatus() {
        var user = testUsers.aUserWithRoles(Roles.HOTLINE_COUNSELLOR);
        Page page = signedInAdmin();
        page.navigate("/admin/users/" + user.id());
        accessible(page);
        page.onceDialog(dialog -> dialog.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Khóa tài khoản")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã khóa tài khoản");

        page.navigate("/admin/users?organisationId=" + user.organisationId());
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Bị quản trị viên khóa");
        accessible(page);
    }

    @Test
    void organisationAndTokenPagesAreAccessible() {
        Page page = signedInAdmin();
        for (String path : new String[] {"/admin/organisations", "/admin/organisations/new", "/admin/organisations/1",
                "/admin/tokens", "/account/tokens"}) {
            page.navigate(path);
            accessible(page);
        }
        page.getByLabel("Tên gợi nhớ").fill("Kiểm thử trình duyệt");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo mã truy cập")).click();
        assertThat(page.locator(".secret")).containsText("adt_");
        accessible(page);
    }

    private Page signedInAdmin() {
        Page page = browser.newPage();
        browser.signIn(page, Api.ADMIN, Api.ADMIN_PASSWORD);
        return page;
    }

    private static void accessible(Page page) {
        assertThat(Browser.seriousAccessibilityViolations(page)).as(page.url()).isEmpty();
    }
}
