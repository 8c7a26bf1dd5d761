package org.anhduong.hotline;

import jakarta.servlet.http.Cookie;
import org.anhduong.platform.security.Roles;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.anhduong.hotline.HotlineCalls.aPhoneNumber;
import static org.anhduong.hotline.HotlineCalls.e164;
import static org.anhduong.hotline.HotlineCalls.shown;
import static org.anhduong.hotline.ScreenFixtures.html;
import static org.anhduong.hotline.ScreenFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Calls from the telephony system on the live screen: listed while they ring, taken into the form, linked on save. */
@IntegrationTest
class HotlineScreensIncomingIT {

    static final String LIVE = "/hotline/live";
    private static final Pattern SEEN = Pattern.compile("id=\"incoming-seen\" name=\"seen\" value=\"([0-9a-f]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    HotlineCalls calls;
    @Autowired
    ScreenFixtures fixtures;
    @Autowired
    LiveCalls liveCalls;

    Caller counsellor;
    Pbx pbx;
    String phone;
    String callId;

    @BeforeEach
    void setUp() {
        counsellor = calls.aUserWithRoles(Roles.HOTLINE_COUNSELLOR);
        pbx = Pbx.ofNewLine(calls, calls.aUserWithRoles(Roles.ADMINISTRATOR), counsellor.organisationId());
        phone = aPhoneNumber();
        callId = "c-" + UUID.randomUUID();
        assertThat(pbx.send(callId, "ringing", phone, null, Instant.now()).status()).isLessThan(300);
    }

    @Test
    void aRingingCallIsListedAndThePollIsQuietWhileNothingChanges() throws Exception {
        String page = html(mvc.perform(get(LIVE).with(signedIn(counsellor.account()))).andReturn());
        assertThat(page).contains("hx-get=\"/hotline/live/incoming\"", "every 3s", "data-pause-hidden", shown(phone),
                "action=\"/hotline/live/take\"", "value=\"" + callId + "\"", "đổ chuông từ");

        String panel = html(mvc.perform(get(LIVE + "/incoming").with(signedIn(counsellor.account()))).andReturn());
        Matcher seen = SEEN.matcher(panel);
        assertThat(seen.find()).isTrue();
        int quiet = mvc.perform(get(LIVE + "/incoming").param("seen", seen.group(1)).with(signedIn(counsellor.account())))
                .andReturn().getResponse().getStatus();
        assertThat(quiet).isEqualTo(204);

        pbx.send(callId, "answered", phone, counsellor.account().username(), Instant.now());
        String changed = html(mvc.perform(get(LIVE + "/incoming").param("seen", seen.group(1))
                .with(signedIn(counsellor.account()))).andReturn());
        assertThat(changed).contains("nhấc máy lúc").doesNotContain(seen.group(1));
    }

    @Test
    void takingTheCallFillsTheFormAndSavingLinksTheContactToTheCall() throws Exception {
        MvcResult taken = mvc.perform(post(LIVE + "/take").param("callId", callId).with(signedIn(counsellor.account()))
                .with(csrf())).andReturn();
        assertThat(taken.getResponse().getRedirectedUrl()).isEqualTo(LIVE);
        Cookie session = taken.getResponse().getCookie("ANHDUONG_SESSION");

        String form = html(mvc.perform(get(LIVE).cookie(session).with(signedIn(counsellor.account()))).andReturn());
        assertThat(form).contains("Đã đưa cuộc gọi vào biểu mẫu", "value=\"" + shown(phone) + "\"",
                "name=\"callId\" value=\"" + callId + "\"", "value=\"" + pbx.lineId() + "\" selected",
                "Số này chưa từng liên hệ");

        MvcResult saved = mvc.perform(post(LIVE + "/quick").param("quick", "HANG_UP").param("callId", callId)
                .param("lineId", String.valueOf(pbx.lineId())).param("callerPhone", e164(phone))
                .with(signedIn(counsellor.account())).with(csrf())).andReturn();
        long contactId = (Long) saved.getFlashMap().get("savedContact");
        assertThat(saved.getFlashMap().get("liveNotice")).isNull();
        assertThat(fixtures.as(counsellor.account(), () -> liveCalls.find(callId)).orElseThrow().contactId())
                .isEqualTo(contactId);
        assertThat(html(mvc.perform(get(LIVE + "/incoming").with(signedIn(counsellor.account()))).andReturn()))
                .contains("Đã ghi: liên hệ số " + contactId).doesNotContain("/hotline/live/take");
    }

    @Test
    void aSupervisorTakesACallWhenTheLineIsBusyOthersCannot() throws Exception {
        Caller supervisor = calls.aColleagueOf(counsellor, Roles.SUPERVISOR);

        String panel = html(mvc.perform(get(LIVE + "/incoming").with(signedIn(supervisor.account()))).andReturn());
        var take = mvc.perform(post(LIVE + "/take").param("callId", callId).with(signedIn(supervisor.account())).with(csrf()))
                .andReturn();

        assertThat(panel).contains(shown(phone), "/hotline/live/take");
        assertThat(take.getResponse().getRedirectedUrl()).isEqualTo(LIVE);
        assertThat(take.getFlashMap().get("liveNotice")).isEqualTo("hotline.incoming.taken");
        int caseWorker = mvc.perform(post(LIVE + "/take").param("callId", callId)
                .with(signedIn(calls.aColleagueOf(counsellor, Roles.CASE_WORKER).account())).with(csrf()))
                .andReturn().getResponse().getStatus();
        assertThat(caseWorker).isEqualTo(403);
        int stranger = mvc.perform(post(LIVE + "/take").param("callId", callId)
                .with(signedIn(calls.aUserWithRoles(Roles.HOTLINE_COUNSELLOR).account())).with(csrf()))
                .andReturn().getResponse().getStatus();
        assertThat(stranger).isEqualTo(404);
    }
}
