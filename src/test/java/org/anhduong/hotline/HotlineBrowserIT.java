package org.anhduong.hotline;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.anhduong.hotline.ScreenFixtures.Desk;
import org.anhduong.identity.TestUsers;
import org.anhduong.platform.security.Roles;
import org.anhduong.test.Browser;
import org.anhduong.test.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.anhduong.hotline.HotlineCalls.aPhoneNumber;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hotline in a real browser (issue #3): a counsellor logs a GBV call, the second call from the same number shows
 * the history panel, the counsellor marks "do not call back" and the flag shows on the next lookup. Every screen is
 * checked with axe-core, and the live-call screen also at 360 px. A call a PBX reports shows up by polling and is taken
 * into the form.
 */
class HotlineBrowserIT extends BrowserTest {

    @Autowired
    ScreenFixtures fixtures;
    @Autowired
    HotlineCalls calls;

    Desk desk;

    @BeforeEach
    void setUp() {
        desk = fixtures.aDesk();
    }

    @Test
    void aRepeatCallerIsRecognisedAndDoNotCallBackShowsOnTheNextLookup() {
        String phone = aPhoneNumber();
        Page page = signedIn(1280, 900);
        page.navigate("/hotline/live");
        accessible(page);

        phoneField(page).fill(phone);
        assertThat(history(page)).containsText("Số này chưa từng liên hệ");
        page.getByLabel("Loại liên hệ").selectOption("ABOUT_SELF");
        page.getByLabel("Bạo lực thể chất", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Khẩn cấp", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Kết quả").selectOption("CALL_BACK_SCHEDULED");
        page.getByLabel("Ghi chú tóm tắt").fill("Chồng đánh; chị đang ở nhà mẹ đẻ");
        page.getByLabel("Ghi chú tóm tắt").press("Control+Enter");

        Locator saved = page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Đã lưu liên hệ số"));
        assertThat(saved).isVisible();
        assertThat(phoneField(page)).hasValue("");
        assertThat(phoneField(page)).isFocused();

        phoneField(page).fill(phone.substring(0, 4) + " " + phone.substring(4));
        assertThat(history(page)).containsText("Đã liên hệ 1 lần");
        assertThat(history(page)).containsText("Liên quan bạo lực giới: 1 lần");
        assertThat(history(page)).containsText("Kết quả lần gần nhất: Hẹn gọi lại");
        accessible(page);

        page.navigate("/hotline/contacts");
        accessible(page);
        page.getByLabel("Số điện thoại", new Page.GetByLabelOptions().setExact(true)).fill(phone);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm kiếm")).click();
        assertThat(page).hasURL(Pattern.compile(".*/hotline/contacts/by-phone$"));
        page.getByRole(AriaRole.TABLE).getByRole(AriaRole.LINK).first().click();
        accessible(page);
        page.onceDialog(dialog -> dialog.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đánh dấu \"Không gọi lại\"")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã đánh dấu \"Không gọi lại\"");

        page.navigate("/hotline/live");
        phoneField(page).fill(phone);
        phoneField(page).press("Tab");
        assertThat(history(page)).containsText("KHÔNG GỌI LẠI số này");
        assertThat(page.locator("#caller-history .flag-danger")).isVisible();
    }

    @Test
    void aHalfFilledCallSurvivesAReloadAndErrorsTakeTheFocus() {
        Page page = signedIn(1280, 900);
        page.navigate("/hotline/live");
        page.getByLabel("Tên người gọi").fill("Chị Hoa");
        page.getByLabel("Loại liên hệ").selectOption("ABOUT_OTHER");
        assertThat(page.locator("#draft-status")).containsText("Đã tự động lưu nháp");

        page.reload();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã khôi phục bản nháp");
        assertThat(page.getByLabel("Tên người gọi")).hasValue("Chị Hoa");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu liên hệ")).click();
        assertThat(page.locator("[data-error-summary]")).isFocused();
        assertThat(page.getByLabel("Tên người gọi")).hasValue("Chị Hoa");
        accessible(page);

        page.onceDialog(dialog -> dialog.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hủy bản nháp")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã hủy bản nháp");
        assertThat(page.getByLabel("Tên người gọi")).hasValue("");
    }

    @Test
    void aSilentCallIsOneClickAndTheCommuneHelperFillsTheCode() {
        Page page = signedIn(1280, 900);
        page.navigate("/hotline/live");
        page.getByLabel("Tìm xã, phường theo tên").fill("hong gai");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("Phường Hồng Gai"))).click();
        assertThat(page.getByLabel("Xã, phường (mã)")).hasValue("06685");
        assertThat(page.locator("#localityCode-name")).containsText("Phường Hồng Gai");

        page.getByLabel("Đường dây").selectOption(desk.lineId());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Im lặng").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã lưu liên hệ số");
    }

    @Test
    void aRingingCallAppearsWithinSecondsAndIsTakenIntoTheForm() {
        Page page = signedIn(1280, 900);
        page.navigate("/hotline/live");
        assertThat(page.locator("#incoming")).containsText("Không có cuộc gọi nào đang đến");
        String phone = aPhoneNumber();
        var admin = calls.aUserWithRoles(Roles.ADMINISTRATOR);
        Pbx pbx = Pbx.ofNewLine(calls, admin, desk.organisationId());
        pbx.send("c-" + UUID.randomUUID(), "ringing", phone, desk.counsellor().username(), Instant.now());

        Locator take = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhận cuộc gọi từ " + HotlineCalls.shown(phone)));
        assertThat(take).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
        accessible(page);
        take.click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã đưa cuộc gọi vào biểu mẫu");
        assertThat(phoneField(page)).hasValue(HotlineCalls.shown(phone));
        assertThat(history(page)).containsText("Số này chưa từng liên hệ");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gác máy").setExact(true)).click();
        assertThat(page.locator("#incoming")).containsText("Đã ghi: liên hệ số");
    }

    @Test
    void theLiveScreenWorksAt360PixelsAndTheQueueIsAccessible() {
        fixtures.record(desk.counsellor(), ContactDraft.of(ContactType.MISSED).callerPhone(aPhoneNumber()).build());
        Page page = signedIn(360, 800);
        page.navigate("/hotline/live");
        accessible(page);
        assertThat(fitsWidth(page)).as("no sideways scrolling at 360 px").isTrue();
        phoneField(page).fill(aPhoneNumber());
        assertThat(history(page)).containsText("Số này chưa từng liên hệ");
        assertThat(history(page)).isInViewport();

        page.navigate("/hotline/callbacks");
        accessible(page);
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Gọi nhỡ");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Gọi lại theo liên hệ"))).first().click();
        assertThat(page).hasURL(Pattern.compile(".*/hotline/live$"));
        assertThat(phoneField(page)).hasValue(Pattern.compile("^0\\d{3} \\d{3} \\d{3}$"));
        assertThat(page.getByLabel("Chiều cuộc gọi")).hasValue("CALL_BACK");
    }

    private Page signedIn(int width, int height) {
        Page page = browser.newPage(width, height);
        browser.signIn(page, desk.counsellor().username(), TestUsers.PASSWORD);
        return page;
    }

    private static Locator phoneField(Page page) {
        return page.getByLabel("Số điện thoại người gọi");
    }

    private static Locator history(Page page) {
        return page.locator("#caller-history");
    }

    private static boolean fitsWidth(Page page) {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
    }

    private static void accessible(Page page) {
        assertThat(Browser.seriousAccessibilityViolations(page)).as(page.url()).isEmpty();
    }
}
