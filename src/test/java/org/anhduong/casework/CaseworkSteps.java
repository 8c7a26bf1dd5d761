package org.anhduong.casework;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.anhduong.identity.TestUsers;
import org.anhduong.identity.UserAccount;
import org.anhduong.test.Browser;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Steps on the hotline and casework screens that several browser tests take, each checking that it worked, so a story
 * across users reads as a list of steps and a change of a screen is followed in one place.
 */
final class CaseworkSteps {

    private CaseworkSteps() {
    }

    static Page signedIn(Browser browser, UserAccount user) {
        Page page = browser.newPage(1280, 900);
        browser.signIn(page, user.username(), TestUsers.PASSWORD);
        return page;
    }

    static void accessible(Page page) {
        assertThat(Browser.seriousAccessibilityViolations(page)).as(page.url()).isEmpty();
    }

    /** On the live-call screen: a woman beaten by her husband, urgent; saved with Ctrl+Enter. */
    static void logGbvCall(Page page, String phone, @Nullable String callerName, boolean askForCase) {
        page.getByLabel("Số điện thoại người gọi").fill(phone);
        if (callerName != null) {
            page.getByLabel("Tên người gọi").fill(callerName);
        }
        page.getByLabel("Loại liên hệ").selectOption("ABOUT_SELF");
        page.getByLabel("Bạo lực thể chất", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Khẩn cấp", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Kết quả").selectOption("CALL_BACK_SCHEDULED");
        if (askForCase) {
            page.getByLabel("Đề nghị mở ca", new Page.GetByLabelOptions().setExact(true)).check();
        }
        page.getByLabel("Ghi chú tóm tắt").fill("Chồng đánh; chị đang ở nhà mẹ đẻ");
        page.getByLabel("Ghi chú tóm tắt").press("Control+Enter");
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Đã lưu liên hệ số")))
                .isVisible();
    }

    /** In the classification helper: answers the current question and waits for the next one. */
    static void answer(Page page, String label, String nextQuestion) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp tục")).click();
        assertThat(page.getByRole(AriaRole.GROUP)).containsText(nextQuestion);
    }

    /** After the helper's answers: the incident happened at home in March 2026; saved, its page shows. */
    static void saveIncident(Page page, long caseId) {
        page.getByLabel("Ngày xảy ra").fill("03/2026");
        page.locator("#placeType").selectOption("HOME");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu sự việc")).click();
        assertThat(page).hasURL(Pattern.compile(".*/cases/" + caseId + "/incidents/\\d+$"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã lưu sự việc");
    }

    /** On an incident's page: her husband did it, which makes it intimate-partner violence. */
    static void addHusbandAsPerpetrator(Page page) {
        page.getByLabel("Quan hệ với thân chủ").selectOption("CURRENT_HUSBAND_OR_WIFE");
        page.locator("#sex").selectOption("MALE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm người này")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã thêm người gây bạo lực");
        assertThat(page.locator(".badge")).containsText("Bạo lực do bạn đời hoặc người yêu");
    }

    /** On the safety assessment tab: he has a weapon, so the risk is high and the supervisor is alerted. */
    static void assessHighRisk(Page page) {
        page.locator("input[name='answer.WEAPON'][value='yes']").check();
        page.locator("input[name='answer.THREATS_TO_KILL'][value='no']").check();
        page.locator("input[name='answer.STRANGULATION'][value='no']").check();
        page.getByLabel("Kế hoạch an toàn").fill("Để sẵn giấy tờ ở nhà chị gái; gọi 113 khi bị đe dọa.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu đánh giá")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Mức nguy cơ: Cao");
        assertThat(page.locator("main")).containsText("giám sát viên của hồ sơ đã được cảnh báo");
        assertThat(page.locator("main")).containsText("Để sẵn giấy tờ ở nhà chị gái");
    }

    /** On the plan and services tab: a direct counselling session today. */
    static void recordDirectCounselling(Page page) {
        page.getByLabel("Loại dịch vụ").selectOption("DIRECT_COUNSELLING_IN_PERSON");
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        page.getByLabel("Ngày cung cấp").fill(today);
        page.locator("#service-outcome").fill("Chị đã nói được về nỗi sợ; hẹn gặp lại sau một tuần.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi nhận dịch vụ")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã ghi nhận dịch vụ");
        assertThat(page.locator("table")).containsText("Tư vấn trực tiếp");
        assertThat(page.locator("table")).containsText(today);
    }

    /** From any tab of the case file: the goals are met, the worker asks her supervisor to close the case. */
    static void requestClosure(Page page) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đóng và chuyển hồ sơ")).click();
        page.getByLabel("Lý do đóng").selectOption("GOALS_MET");
        page.getByLabel("Kết quả hỗ trợ").fill("Chị đã ổn định nơi ở và công việc");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đề nghị đóng hồ sơ")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Đã gửi đề nghị đóng hồ sơ");
        assertThat(page.locator("main")).containsText("đang chờ giám sát viên duyệt");
    }

    /** The supervisor finds the request among her decisions and approves it. */
    static void approveClosure(Page page, String caseNumber) {
        page.navigate("/cases/decisions");
        assertThat(page.locator("main")).containsText("đề nghị đóng hồ sơ đang chờ bạn duyệt");
        accessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(caseNumber)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Duyệt đóng hồ sơ")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Hồ sơ đã được đóng");
        assertThat(page.locator("main p.muted").first()).containsText("Đã đóng");
    }
}
