package org.anhduong.identity;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.anhduong.test.Api;
import org.anhduong.test.Browser;
import org.anhduong.test.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in page in a real browser: Vietnamese by default, English on request, accessible, usable on a phone. */
class SignInBrowserIT extends BrowserTest {

    @Test
    void loginAndHomePagesHaveNoSeriousAccessibilityViolations() {
        Page page = browser.newPage();
        page.navigate("/login");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();

        browser.signIn(page, Api.ADMIN, Api.ADMIN_PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Xin chào");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
    }

    @Test
    void wrongPasswordShowsAnInlineMessageWithoutTheTypedName() {
        Page page = browser.newPage(360, 740);
        browser.signIn(page, "someone-typed-this", "wrong password here");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("không đúng");
        assertThat(page.url()).doesNotContain("someone-typed-this");
        assertThat(page.content()).doesNotContain("someone-typed-this");
    }

    @Test
    void languageCanBeSwitchedToEnglish() {
        Page page = browser.newPage();
        page.navigate("/login");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Sign in");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
    }
}
