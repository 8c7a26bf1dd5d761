package org.anhduong.casework;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.identity.TestUsers;
import org.anhduong.platform.security.Roles;
import org.anhduong.test.Browser;
import org.anhduong.test.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.anhduong.casework.CaseworkCalls.CASES;
import static org.anhduong.casework.CaseworkCalls.aPhoneNumber;
import static org.anhduong.casework.CaseworkCalls.aWord;
import static org.anhduong.casework.CaseworkCalls.anIdNumber;
import static org.anhduong.casework.CaseworkCalls.intake111;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case file's missing screens in a real browser: editing the client (with a stale save and an invalid one) and
 * her companions,
 * editing an incident and removing its perpetrator, withdrawing a closure request, and opening a second case for a
 * client the duplicate warning names. Every screen is checked with axe-core.
 */
class CaseFileEditsBrowserIT extends BrowserTest {

    @Autowired
    CaseworkCalls calls;

    @Test
    void theWorkerEditsTheClientAndKnowsWhenSomeoneElseSavedFirst() {
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        String name = "Lê Thị Mai " + aWord();
        String phone = aPhoneNumber();
        String shown = phone.substring(0, 4) + " " + phone.substring(4, 7) + " " + phone.substring(7);
        long id = calls.opened(worker, intake111(name, phone, anIdNumber()));
        Page page = signedIn(worker);

        page.navigate("/cases/" + id);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thân chủ và người đi cùng")).click();
        assertThat(page.locator("main")).containsText(shown);
        assertThat(page.locator("main")).not().containsText("+84" + phone.substring(1));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sửa thông tin thân chủ")).click();
        assertThat(page.locator("#phones-0")).hasValue(shown);
        assertThat(page.locator("#fullName")).hasValue("");
        assertThat(page.locator("main")).not().containsText(name);
        assertThat(page.locator("#dateOfBirth")).hasValue("17/05/1994");
        accessible(page);

        page.locator("#nationality").fill("XX");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu thông tin")).click();
        assertThat(page.locator("[data-error-summary]")).isFocused();
        assertThat(page.locator("#nationality")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#nationality")).hasValue("XX");
        accessible(page);

        String street = "Thôn " + aWord() + ", xã Quảng La";
        page.locator("#nationality").fill("VN");
        page.locator("#address").fill(street);
        page.getByLabel("Tìm xã, phường theo tên").fill("mong cai");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Phường Móng Cái 1, Tỉnh Quảng Ninh (06712)")).click();
        assertThat(page.locator("#communeCode")).hasValue("06712");
        assertThat(page.locator("#communeCode")).isFocused();
        assertThat(page.locator("#communeCode-name")).hasText("Đã chọn: Phường Móng Cái 1, Tỉnh Quảng Ninh");
        accessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu thông tin")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Đã lưu thông tin thân chủ");
        assertThat(page.locator("main")).containsText(street);
        assertThat(page.locator("main")).containsText("Phường Móng Cái 1");
        assertThat(calls.get(worker, CASES + "/" + id + "/client").json().get("phones").get(0).asString())
                .as("the number shown and saved back stays one number").isEqualTo("+84" + phone.substring(1));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hiện họ tên")).click();
        assertThat(page.locator("#client-name")).containsText(name);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Sửa người đi cùng thứ 1"))).click();
        assertThat(page.locator("#name")).hasValue("Bé Na");
        accessible(page);
        page.locator("#name").fill("Bé Na Na");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu thông tin")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Đã sửa thông tin người đi cùng");
        assertThat(page.locator("main table")).containsText("Bé Na Na");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Bỏ người đi cùng thứ 2"))).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Đã bỏ người đi cùng");
        assertThat(page.locator("main table tbody tr")).hasCount(1);
        accessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sửa thông tin thân chủ")).click();
        page.locator("#occupation").selectOption("FARMER");
        assertThat(calls.patch(worker, CASES + "/" + id + "/client", "{\"maritalStatus\": \"DIVORCED\"}", "\"1\"")
                .status()).isEqualTo(200);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu thông tin")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Người khác vừa sửa thông tin thân chủ này");
        assertThat(page.locator("#maritalStatus")).hasValue("DIVORCED");
        accessible(page);

        page.locator("#removeNames").check();
        page.locator("#fullName").fill("Tên Khác");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu thông tin")).click();
        assertThat(page.locator("#fullName-error")).containsText("không làm cả hai");
        assertThat(page.locator("#removeNames")).isChecked();
        accessible(page);
        page.locator("#fullName").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu thông tin")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Đã lưu thông tin thân chủ");
        assertThat(calls.get(worker, CASES + "/" + id + "/client").json().get("named").asBoolean())
                .as("the names were removed").isFalse();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sửa thông tin thân chủ")).click();
        assertThat(page.locator("#removeNames")).hasCount(0);
    }

    @Test
    void theWorkerEditsAnIncidentRemovesItsPerpetratorAndWithdrawsHerClosureRequest() {
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        long id = calls.opened(worker, intake111("Phan Thị Yến " + aWord(), aPhoneNumber(), anIdNumber()));
        long incident = calls.post(worker, CASES + "/" + id + "/incidents",
                IncidentApiIT.BEATEN_BY_HUSBAND.formatted("2026-03-14", "Chồng đánh sau bữa tối")).json().get("id").asLong();
        Page page = signedIn(worker);

        page.navigate("/cases/" + id + "/incidents/" + incident);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sửa thông tin sự việc")).click();
        assertThat(page.locator("#date")).hasValue("14/03/2026");
        assertThat(page.locator("#communeCode-name")).hasText("Đã chọn: Phường Hồng Gai, Tỉnh Quảng Ninh");
        accessible(page);
        page.locator("#communeCode").fill("99999");
        assertThat(page.locator("#communeCode-name")).hasText("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu thông tin")).click();
        assertThat(page.locator("#communeCode")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#communeCode-error")).isVisible();
        assertThat(page.locator("#communeCode")).hasValue("99999");
        accessible(page);
        page.locator("#communeCode").fill("06685");
        page.locator("#placeType").selectOption("WORKPLACE");
        page.locator("#moneyOrGoodsExchanged").selectOption("false");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu thông tin")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Đã lưu thông tin sự việc");
        assertThat(page).hasURL(Pattern.compile(".*/cases/" + id + "/incidents/" + incident + "$"));
        accessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Bỏ người gây bạo lực thứ 1"))).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Đã bỏ người gây bạo lực");
        assertThat(page.locator("main")).containsText("Chưa ghi nhận người gây bạo lực");
        var stored = calls.get(worker, CASES + "/" + id + "/incidents/" + incident).json();
        assertThat(stored.get("placeType").asString()).isEqualTo("WORKPLACE");
        assertThat(stored.get("perpetrators")).isEmpty();
        assertThat(stored.get("domesticViolenceActs")).as("kept").hasSize(2);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đóng và chuyển hồ sơ")).click();
        page.getByLabel("Lý do đóng").selectOption("GOALS_MET");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đề nghị đóng hồ sơ")).click();
        assertThat(page.locator("main")).containsText("đang chờ giám sát viên duyệt");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rút lại đề nghị đóng hồ sơ")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Đã rút lại đề nghị đóng hồ sơ");
        assertThat(page.locator("main")).containsText("Đã rút lại");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đề nghị đóng hồ sơ"))).isVisible();
        accessible(page);
    }

    @Test
    void aChangeToAnIncidentOfACaseClosedMeanwhileSaysWhyItWasRefused() {
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        Caller supervisor = calls.aColleagueOf(worker, Roles.SUPERVISOR);
        long id = calls.opened(worker, intake111("Đinh Thị Hoa " + aWord(), aPhoneNumber(), anIdNumber()));
        long incident = calls.post(worker, CASES + "/" + id + "/incidents",
                IncidentApiIT.BEATEN_BY_HUSBAND.formatted("2026-04-02", "Bị đánh")).json().get("id").asLong();
        Page page = signedIn(worker);
        page.navigate("/cases/" + id + "/incidents/" + incident);

        // Meanwhile a supervisor closes the case: a supervisor's closure needs no approval.
        assertThat(calls.post(supervisor, CASES + "/" + id + "/closure", "{\"reason\": \"GOALS_MET\"}").status())
                .isEqualTo(201);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Bỏ người gây bạo lực thứ 1"))).click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Hồ sơ đã đóng");
        assertThat(page.locator("main")).not().containsText("Người khác vừa thay đổi");
        assertThat(calls.get(worker, CASES + "/" + id + "/incidents/" + incident).json().get("perpetrators")).hasSize(1);
        accessible(page);
    }

    @Test
    void aSecondCaseIsOpenedForTheClientTheDuplicateWarningNames() {
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        String phone = aPhoneNumber();
        long first = calls.opened(worker, intake111("Đinh Thị Nhung " + aWord(), phone, anIdNumber()));
        String code = calls.get(worker, CASES + "/" + first).json().get("client").get("survivorCode").asString();
        Page page = signedIn(worker);

        page.navigate("/cases/new");
        page.locator("#type").selectOption("DOMESTIC_VIOLENCE");
        page.locator("#source").selectOption("WALK_IN");
        page.locator("#phone1").fill(phone);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở hồ sơ").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText(code);
        accessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở hồ sơ cho thân chủ " + code)).click();
        assertThat(page).hasURL(Pattern.compile(".*/cases/\\d+$"));
        Matcher opened = Pattern.compile("/cases/(\\d+)$").matcher(page.url());
        assertThat(opened.find()).isTrue();
        long second = Long.parseLong(opened.group(1));
        assertThat(second).isNotEqualTo(first);
        assertThat(page.locator("main p.muted").first()).containsText(code);
        assertThat(calls.get(worker, CASES + "/" + second).json().get("case").get("type").asString())
                .isEqualTo("DOMESTIC_VIOLENCE");
        accessible(page);
    }

    @Test
    void tabsThatShowNothingOfTheClientAuditAReadOfTheCaseOnly() {
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        Caller supervisor = calls.aColleagueOf(worker, Roles.SUPERVISOR);
        long id = calls.opened(worker, intake111("Tạ Thị Loan " + aWord(), aPhoneNumber(), anIdNumber()));
        long clientId = calls.get(supervisor, CASES + "/" + id).json().get("client").get("id").asLong();
        Page page = signedIn(worker);

        for (String tab : new String[] {"", "/closure", "/plan", "/notes", "/assessments", "/history"}) {
            page.navigate("/cases/" + id + tab);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        }
        assertThat(calls.auditOutcomes("case.read", "case", id, worker.id())).hasSizeGreaterThanOrEqualTo(6)
                .containsOnly("SUCCESS");
        assertThat(calls.auditOutcomes("client.read", "client", clientId, worker.id())).isEmpty();

        page.navigate("/cases/" + id + "/client");
        assertThat(calls.auditOutcomes("client.read", "client", clientId, worker.id()))
                .as("her details are shown").containsExactly("SUCCESS");
        page.navigate("/cases/" + id + "/consents");
        assertThat(calls.auditOutcomes("client.read", "client", clientId, worker.id()))
                .as("her birth decides a child's consent").containsExactly("SUCCESS", "SUCCESS");
    }

    private Page signedIn(Caller user) {
        Page page = browser.newPage(1280, 900);
        browser.signIn(page, user.account().username(), TestUsers.PASSWORD);
        return page;
    }

    private static void accessible(Page page) {
        assertThat(Browser.seriousAccessibilityViolations(page)).as(page.url()).isEmpty();
    }
}
