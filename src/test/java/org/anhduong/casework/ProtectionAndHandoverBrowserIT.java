package org.anhduong.casework;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.Ui;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.anhduong.casework.CaseworkCalls.CASES;
import static org.anhduong.casework.CaseworkCalls.aPhoneNumber;
import static org.anhduong.casework.CaseworkCalls.aWord;
import static org.anhduong.casework.CaseworkCalls.anIdNumber;
import static org.anhduong.casework.CaseworkCalls.intake111;

/**
 * The case file's protection-order and hand-over tabs (issue #5): a case worker records a request to the commune chair
 * for a prohibition of contact, then its decision (three and a half days are refused inline, three accepted, shown in
 * force with the 12-hour target met) and revokes it; she hands a trafficked woman over to her mother, records a follow-up visit, and finds the hand-over
 * on the trafficking record.
 */
class ProtectionAndHandoverBrowserIT extends BrowserTest {

    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    CaseworkCalls calls;

    @Test
    void aCommuneChairsProhibitionOfContactIsRecordedWithinThreeDaysAndRevoked() {
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        long caseId = calls.opened(worker, intake111("Đỗ Thị Liên " + aWord(), aPhoneNumber(), anIdNumber()));
        Page page = CaseworkSteps.signedIn(browser, worker.account());
        page.navigate("/cases/" + caseId);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Biện pháp bảo vệ")).click();
        assertThat(page.getByText("Chưa có quyết định cấm tiếp xúc nào.")).isVisible();
        CaseworkSteps.accessible(page);

        LocalDateTime requested = LocalDateTime.now(Ui.ZONE).minusHours(20).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime decided = requested.plusHours(6);
        page.getByLabel("Người quyết định").selectOption("COMMUNE_CHAIR");
        page.locator("#requestedAt").fill(MINUTE.format(requested));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã ghi nhận quyết định cấm tiếp xúc.");
        assertThat(page.locator("main table")).containsText("Đã đề nghị");
        assertThat(page.locator("main table")).containsText("Không đạt (quá 12 giờ)");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Sửa quyết định cấm tiếp xúc đề nghị lúc " + MINUTE.format(requested))).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sửa quyết định cấm tiếp xúc")))
                .isVisible();
        page.getByLabel("Kết quả").selectOption("GRANTED");
        page.locator("#decidedAt").fill(MINUTE.format(decided));
        page.locator("#startsAt").fill(MINUTE.format(decided));
        page.locator("#endsAt").fill(MINUTE.format(decided.plus(Duration.ofHours(84))));
        page.getByLabel("Công an xã").check();
        page.getByLabel("Người gây bạo lực", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("tối đa 3 ngày");
        assertThat(page.locator("#endsAt-error")).containsText("tối đa 3 ngày");
        assertThat(page.locator("#requestedAt")).hasValue(MINUTE.format(requested));
        CaseworkSteps.accessible(page);

        page.locator("#endsAt").fill(MINUTE.format(decided.plusDays(3)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã cập nhật quyết định cấm tiếp xúc.");
        assertThat(page.locator("main table")).containsText("Đang có hiệu lực");
        assertThat(page.locator("main table")).containsText("Đạt (trong 12 giờ)");
        assertThat(page.locator("main table")).containsText("Công an xã");
        CaseworkSteps.accessible(page);

        page.getByLabel("Lý do hủy bỏ").fill("Chị đề nghị hủy bỏ");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hủy bỏ quyết định")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã hủy bỏ quyết định cấm tiếp xúc.");
        assertThat(page.locator("main table")).containsText("Đã hủy bỏ");
        assertThat(page.locator("main table")).containsText("Chị đề nghị hủy bỏ");
        CaseworkSteps.accessible(page);
    }

    @Test
    void aTraffickedWomanIsHandedOverToHerMotherVisitedAndTheHandOverShowsOnHerTraffickingRecord() {
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        long caseId = calls.opened(worker, """
                {"type": "TRAFFICKING", "source": "POLICE_OR_BORDER_HANDOVER", "referringReference": "BP-MC-2026-044",
                 "priority": "URGENT", "client": {"sex": "FEMALE", "ageGroup": "AGE_18_24"}, "confirmNoDuplicate": true}""");
        LocalDate today = LocalDate.now(Ui.ZONE);
        String record = CASES + "/" + caseId + "/trafficking";
        calls.put(worker, record, """
                {"status": "UNDER_IDENTIFICATION", "returnDate": "%s", "handedOverBy": "BORDER_GUARD"}"""
                .formatted(today.minusDays(15)), "\"0\"");
        calls.put(worker, record, """
                {"status": "IDENTIFIED_VICTIM", "returnDate": "%s", "handedOverBy": "BORDER_GUARD",
                 "support": ["HEALTH_CHECK_AND_CARE", "TRAVEL_HOME"]}""".formatted(today.minusDays(15)), "\"1\"");

        Page page = CaseworkSteps.signedIn(browser, worker.account());
        page.navigate("/cases/" + caseId + "/trafficking");
        assertThat(page.getByText("Chưa bàn giao.")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ghi nhận hoặc xem chi tiết việc bàn giao ở thẻ Bàn giao")).click();
        assertThat(page.getByText("Chưa có việc bàn giao nào.")).isVisible();
        CaseworkSteps.accessible(page);

        String mother = "Hoàng Thị " + aWord();
        page.getByLabel("Bàn giao cho").selectOption("TO_FAMILY");
        page.locator("#handedOverOn").fill(DAY.format(today.plusDays(1)));
        page.locator("#receiverName").fill(mother);
        page.locator("#receiverRelation").selectOption("PARENT");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.locator("#handedOverOn-error")).isVisible();
        assertThat(page.locator("#receiverName")).hasValue(mother);
        CaseworkSteps.accessible(page);

        page.locator("#handedOverOn").fill(DAY.format(today.minusDays(1)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã ghi nhận việc bàn giao.");
        assertThat(page.locator("main article")).containsText(mother);
        assertThat(page.locator("main article")).containsText("Chưa có lần thăm nào.");

        page.getByLabel("Tình hình").selectOption("STABLE");
        page.getByLabel("Ghi chú lần thăm").fill("Chị đã đi làm lại");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi nhận lần thăm")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã ghi nhận lần thăm sau bàn giao.");
        assertThat(page.locator("main article")).containsText("Tạm ổn");
        assertThat(page.locator("main article")).containsText("Chị đã đi làm lại");
        CaseworkSteps.accessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mua bán người")).click();
        assertThat(page.locator("main")).containsText(DAY.format(today.minusDays(1)) + " — Gia đình");
        CaseworkSteps.accessible(page);
    }
}
