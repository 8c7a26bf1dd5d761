package org.anhduong.hotline;

import jakarta.servlet.http.Cookie;
import org.anhduong.hotline.ScreenFixtures.Desk;
import org.anhduong.identity.UserAccount;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.Ui;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.anhduong.hotline.HotlineCalls.aPhoneNumber;
import static org.anhduong.hotline.ScreenFixtures.html;
import static org.anhduong.hotline.ScreenFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The call-back queue screen: by due time, the safe window now, and "call back" that fills the live form. */
@IntegrationTest
class HotlineScreensCallBacksIT {

    static final String CALL_BACKS = "/hotline/callbacks";

    @Autowired
    MockMvc mvc;
    @Autowired
    ScreenFixtures fixtures;
    @Autowired
    Hotline hotline;

    Desk desk;
    String phone;
    Contact waiting;

    @BeforeEach
    void setUp() {
        desk = fixtures.aDesk();
        phone = aPhoneNumber();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        LocalTime local = now.atZone(Ui.ZONE).toLocalTime();
        waiting = fixtures.record(desk.counsellor(), ContactDraft.of(ContactType.ABOUT_SELF).lineId(desk.line().id())
                .callerPhone(phone).categories(List.of("DV_PHYSICAL")).outcome(Outcome.CALL_BACK_SCHEDULED)
                .receivedAt(now.minus(Duration.ofHours(2))).callBackDue(now.minus(Duration.ofMinutes(30)))
                .callBackFrom(local.minusHours(1)).callBackTo(local.plusHours(1)).build());
    }

    @Test
    void theQueueShowsWhenToCallAndWhetherItIsSafeNowWithoutTheNumber() throws Exception {
        Contact missed = fixtures.record(desk.counsellor(), ContactDraft.of(ContactType.MISSED).lineId(desk.line().id())
                .callerPhone(aPhoneNumber()).build());
        String page = html(mvc.perform(get(CALL_BACKS).with(signedIn(desk.counsellor()))).andReturn());

        assertThat(page).contains("href=\"/hotline/contacts/" + waiting.id() + "\"", "Quá hạn", "Đang trong khung giờ an toàn",
                "Hẹn gọi lại", "Gọi nhỡ", "Chưa có khung giờ", "action=\"/hotline/callbacks/" + waiting.id() + "/start\"")
                .doesNotContain(phone.substring(1));
        assertThat(page.indexOf("/hotline/contacts/" + waiting.id() + "\""))
                .as("the overdue call-back before the missed call that came in after it")
                .isLessThan(page.indexOf("/hotline/contacts/" + missed.id() + "\""));
    }

    @Test
    void callingBackPutsTheNumberIntoTheLiveFormAsACallBack() throws Exception {
        MvcResult started = mvc.perform(post(CALL_BACKS + "/" + waiting.id() + "/start").with(signedIn(desk.counsellor()))
                .with(csrf())).andReturn();

        assertThat(started.getResponse().getRedirectedUrl()).isEqualTo("/hotline/live");
        Cookie session = started.getResponse().getCookie("ANHDUONG_SESSION");
        String live = html(mvc.perform(get("/hotline/live").cookie(session).with(signedIn(desk.counsellor()))).andReturn());
        assertThat(live).contains("Đã điền số cần gọi lại", "value=\"" + HotlineCalls.shown(phone) + "\"",
                "value=\"CALL_BACK\" selected", "value=\"" + desk.lineId() + "\" selected", "Đã liên hệ 1 lần");
    }

    @Test
    void aNumberMarkedDoNotCallBackIsRefusedEvenWhenAskedForDirectly() throws Exception {
        Contact other = fixtures.record(desk.counsellor(), ContactDraft.of(ContactType.SILENT).callerPhone(phone).build());
        fixtures.as(desk.counsellor(), () -> hotline.markDoNotCallBack(other.id()));

        MvcResult refused = mvc.perform(post(CALL_BACKS + "/" + waiting.id() + "/start").with(signedIn(desk.counsellor()))
                .with(csrf())).andReturn();

        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(CALL_BACKS);
        assertThat(refused.getFlashMap().get("callBackNotice")).isEqualTo("hotline.callBacks.refused");
        assertThat(fixtures.as(desk.counsellor(), () -> hotline.draft(desk.counsellor().id()))).isEmpty();
        assertThat(html(mvc.perform(get(CALL_BACKS).with(signedIn(desk.counsellor()))).andReturn()))
                .doesNotContain("/hotline/contacts/" + waiting.id() + "\"");
    }

    @Test
    void aDraftAboutAnotherNumberIsNeverMixedWithTheCallBack() throws Exception {
        mvc.perform(post("/hotline/live/draft").param("callerPhone", aPhoneNumber()).param("summary", "đang nghe")
                .with(signedIn(desk.counsellor())).with(csrf()));

        MvcResult refused = mvc.perform(post(CALL_BACKS + "/" + waiting.id() + "/start").with(signedIn(desk.counsellor()))
                .with(csrf())).andReturn();

        assertThat(refused.getFlashMap().get("callBackNotice")).isEqualTo("hotline.live.busy");
        assertThat(fixtures.as(desk.counsellor(), () -> hotline.draft(desk.counsellor().id())).orElseThrow().payload())
                .doesNotContain(HotlineCalls.e164(phone)).doesNotContain(HotlineCalls.shown(phone));
    }

    @Test
    void supervisorsCallBackTooCaseWorkersCannot() throws Exception {
        UserAccount supervisor = fixtures.colleague(desk, Roles.SUPERVISOR);

        String page = html(mvc.perform(get(CALL_BACKS).with(signedIn(supervisor))).andReturn());
        var start = mvc.perform(post(CALL_BACKS + "/" + waiting.id() + "/start").with(signedIn(supervisor)).with(csrf()))
                .andReturn();

        assertThat(page).contains("href=\"/hotline/contacts/" + waiting.id() + "\"", "/hotline/callbacks/" + waiting.id() + "/start\"");
        assertThat(start.getResponse().getRedirectedUrl()).isEqualTo("/hotline/live");
        int refused = mvc.perform(post(CALL_BACKS + "/" + waiting.id() + "/start")
                .with(signedIn(fixtures.colleague(desk, Roles.CASE_WORKER))).with(csrf())).andReturn().getResponse().getStatus();
        assertThat(refused).isEqualTo(403);
    }
}
