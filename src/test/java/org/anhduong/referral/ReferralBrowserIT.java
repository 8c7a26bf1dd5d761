package org.anhduong.referral;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.anhduong.identity.TestUsers;
import org.anhduong.platform.security.Roles;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.Browser;
import org.anhduong.test.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #5's referral acceptance: a case worker refers a survivor to a hospital's one-stop service with her consent;
 * the hospital's partner user sees only the survivor code and the service, accepts, then completes with feedback; the
 * case worker sees each status change. The same referral without consent is refused. Every screen is checked with
 * axe-core.
 */
class ReferralBrowserIT extends BrowserTest {

    private static final String SERVICE = "Dịch vụ hỗ trợ một cửa " + UUID.randomUUID().toString().substring(0, 6);

    @Autowired
    ReferralCalls calls;

    @Test
    void aReferralWithConsentIsAcceptedAndCompletedAndOneWithoutIsRefused() {
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        Caller hospital = calls.aUserWithRoles(Roles.PARTNER);
        calls.aService(calls.aUserWithRoles(Roles.ADMINISTRATOR), hospital.organisationId(), SERVICE);
        String clientName = "Trịnh Thị Bích " + UUID.randomUUID().toString().substring(0, 6);
        var opened = calls.openCase(worker, clientName).json();
        long caseId = opened.get("id").asLong();
        String survivorCode = opened.get("survivorCode").asString();
        String caseNumber = opened.get("caseNumber").asString();
        calls.consentToReferral(worker, caseId, hospital.organisationId());

        Page working = signedIn(worker);
        working.navigate("/cases/" + caseId + "/referrals");
        assertThat(working.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chuyển gửi").setExact(true)))
                .hasAttribute("aria-current", "page");
        refer(working, "Gọi chị ở số nhà hàng xóm sau 18 giờ");
        assertThat(working.getByRole(AriaRole.STATUS)).containsText("Đã gửi chuyển gửi");
        assertThat(working.locator("main")).containsText("Đã gửi, chờ trả lời");
        accessible(working);

        Page partner = signedIn(hospital);
        // The navigation's entry carries the count of unanswered referrals.
        partner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hộp thư chuyển gửi 1").setExact(true))
                .click();
        assertThat(partner.locator("main")).containsText(survivorCode);
        assertThat(partner.locator("main")).containsText(SERVICE);
        assertThat(partner.locator("main")).not().containsText(clientName);
        assertThat(partner.locator("main")).not().containsText(caseNumber);
        accessible(partner);
        partner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xem chuyển gửi " + survivorCode)).click();
        assertThat(partner.locator("main")).containsText("nhà hàng xóm");
        assertThat(partner.locator("main")).not().containsText(clientName);
        accessible(partner);
        partner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhận chuyển gửi")).click();
        assertThat(partner.getByRole(AriaRole.STATUS)).containsText("Đã nhận chuyển gửi");

        working.reload();
        assertThat(working.locator("main")).containsText("Đối tác đã nhận");
        assertThat(working.locator("[data-referral-status]")).hasText("Đã nhận");

        partner.getByLabel("Phản hồi về dịch vụ đã cung cấp").fill("Đã khám, điều trị ngoại trú; hẹn tái khám sau 7 ngày");
        partner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hoàn thành")).click();
        assertThat(partner.getByRole(AriaRole.STATUS)).containsText("Đã ghi nhận hoàn thành");

        working.reload();
        assertThat(working.locator("[data-referral-status]")).hasText("Đã hoàn thành");
        assertThat(working.locator("main")).containsText("hẹn tái khám sau 7 ngày");
        accessible(working);
        working.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thông báo chuyển gửi 2").setExact(true))
                .click();
        assertThat(working.locator("main")).containsText("Đối tác đã nhận chuyển gửi");
        assertThat(working.locator("main")).containsText("Đối tác đã hoàn thành dịch vụ");
        accessible(working);

        long withoutConsent = calls.aCase(worker);
        working.navigate("/cases/" + withoutConsent + "/referrals");
        refer(working, "Gọi trực tiếp");
        assertThat(working.getByRole(AriaRole.ALERT)).containsText("Không thể chuyển gửi");
        assertThat(working.getByRole(AriaRole.ALERT)).containsText("Chưa có sự đồng ý");
        assertThat(working.locator("main")).containsText("Hồ sơ chưa có chuyển gửi nào");
        accessible(working);
        assertThat(calls.get(worker, ReferralCalls.casesReferrals(withoutConsent)).json()).isEmpty();
    }

    private void refer(Page working, String contact) {
        working.getByLabel("Chọn nhu cầu để xem lộ trình đề xuất").selectOption("ONE_STOP_CARE");
        working.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem nơi đề xuất")).click();
        working.getByLabel(SERVICE, new Page.GetByLabelOptions().setExact(false)).check();
        working.getByLabel("Mức độ khẩn").selectOption("URGENT");
        working.getByLabel("Thông tin người bị bạo lực đồng ý chia sẻ").fill("Cần khám vết thương ở tay");
        working.getByLabel("Cách liên hệ an toàn").fill(contact);
        working.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi chuyển gửi")).click();
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
