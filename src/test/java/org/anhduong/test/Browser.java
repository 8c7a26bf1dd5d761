package org.anhduong.test;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, headless. Never downloads a browser. Skipped when Chromium is missing,
 * unless {@code ANHDUONG_TEST_BROWSER=required} (CI), where that is a failure.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("ANHDUONG_CHROMIUM", "/usr/bin/chromium"));
    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final String base;

    public Browser(int port) {
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(ARGS));
        this.base = "http://127.0.0.1:" + port;
    }

    /** A fresh browser context (own cookies); CSP is bypassed only so axe-core can be injected for checks. */
    public Page newPage(int width, int height) {
        BrowserContext context = browser.newContext(new NewContextOptions().setBypassCSP(true)
                .setViewportSize(width, height).setBaseURL(base).setLocale("vi-VN"));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    public Page newPage() {
        return newPage(1280, 900);
    }

    public void signIn(Page page, String username, String password) {
        page.navigate("/login");
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Đăng nhập")).click();
    }

    /** Runs axe-core (WCAG 2.x A/AA rules) on the page and returns the serious and critical violations' ids. */
    @SuppressWarnings("unchecked")
    public static List<String> seriousAccessibilityViolations(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeSource()));
        Object result = page.evaluate("""
                async () => {
                  const r = await axe.run(document, { runOnly: { type: 'tag',
                      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
                  return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '));
                }""");
        return (List<String>) result;
    }

    private static String axeSource() {
        try {
            return Files.readString(Path.of("target/axe-core/package/axe.min.js"));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is downloaded by the build (pre-integration-test)", e);
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }

    /** Skips browser tests without Chromium, unless CI requires them. */
    public static final class Available implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Files.isExecutable(CHROMIUM)) {
                return ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM);
            }
            if ("required".equals(System.getenv("ANHDUONG_TEST_BROWSER"))) {
                throw new IllegalStateException("Browser tests are required but Chromium is missing at " + CHROMIUM);
            }
            System.out.println("WARNING: CHROMIUM NOT FOUND AT " + CHROMIUM + ": BROWSER TESTS SKIPPED (apt-get install chromium)");
            return ConditionEvaluationResult.disabled("Chromium not installed at " + CHROMIUM);
        }
    }
}
