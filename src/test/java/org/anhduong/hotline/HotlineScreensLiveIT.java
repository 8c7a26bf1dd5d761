package org.anhduong.hotline;

import org.anhduong.hotline.ScreenFixtures.Desk;
import org.anhduong.identity.UserAccount;
import org.anhduong.platform.security.Roles;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.anhduong.hotline.HotlineCalls.aPhoneNumber;
import static org.anhduong.hotline.ScreenFixtures.html;
import static org.anhduong.hotline.ScreenFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The live-call screen: who may use it, one-action saves, one-click non-data contacts, the draft, the history panel. */
@IntegrationTest
class HotlineScreensLiveIT {

    static final String LIVE = "/hotline/live";
    static final String SESSION = "ANHDUONG_SESSION";

    @Autowired
    MockMvc mvc;
    @Autowired
    ScreenFixtures fixtures;
    @Autowired
    Hotline hotline;

    Desk desk;

    @BeforeEach
    void setUp() {
        desk = fixtures.aDesk();
    }

    @Test
    void counsellorsAndSupervisorsUseTheHotlineScreensOthersAreRefused() throws Exception {
        UserAccount supervisor = fixtures.colleague(desk, Roles.SUPERVISOR);
        for (UserAccount allowed : List.of(desk.counsellor(), supervisor)) {
            for (String page : List.of(LIVE, "/hotline/contacts", "/hotline/callbacks")) {
                int status = mvc.perform(get(page).with(signedIn(allowed))).andReturn().getResponse().getStatus();
                assertThat(status).as(page).isEqualTo(200);
            }
        }
        List<MockHttpServletRequestBuilder> requests = List.of(get(LIVE), post(LIVE), post(LIVE + "/quick").param("quick", "SILENT"),
                post(LIVE + "/draft"), post(LIVE + "/discard"), post(LIVE + "/caller").param("callerPhone", aPhoneNumber()),
                get("/hotline/contacts"),
                post("/hotline/contacts/by-phone").param("phone", aPhoneNumber()), get("/hotline/contacts/1"),
                post("/hotline/contacts/1"), post("/hotline/contacts/1/do-not-call-back"), get("/hotline/callbacks"),
                post("/hotline/callbacks/1/start"));
        for (UserAccount refused : List.of(fixtures.colleague(desk, Roles.CASE_WORKER), fixtures.colleague(desk, Roles.ADMINISTRATOR))) {
            for (var request : requests) {
                int status = mvc.perform(request.with(signedIn(refused)).with(csrf())).andReturn().getResponse().getStatus();
                assertThat(status).as(request.buildRequest(null).getRequestURI()).isEqualTo(403);
            }
        }
    }

    @Test
    void theNavigationOffersTheHotlineScreensToCounsellors() throws Exception {
        String page = html(mvc.perform(get("/").with(signedIn(desk.counsellor()))).andReturn());

        assertThat(page).contains("href=\"/hotline/live\"", ">Cuộc gọi<", "href=\"/hotline/contacts\"",
                ">Danh sách liên hệ<", "href=\"/hotline/callbacks\"", ">Gọi lại<");
    }

    @Test
    void aFreshFormIsReadyForTheNextCall() throws Exception {
        String page = html(mvc.perform(get(LIVE).with(signedIn(desk.counsellor()))).andReturn());

        assertThat(page).contains("data-ctrl-enter", "data-default-submit", "accesskey=\"s\"", "Ctrl+Enter")
                .contains("formaction=\"/hotline/live/quick\"", ">Im lặng<", ">Gác máy<", ">Nhầm số<", ">Quấy rối/đùa<", ">Gọi nhỡ<")
                .contains("id=\"caller-history\" aria-live=\"polite\"", "hx-post=\"/hotline/live/caller\"")
                .contains(desk.line().number(), "name=\"categories\" value=\"GBV_RAPE\"", "Bạo lực trên cơ sở giới")
                .contains("autofocus").doesNotContain("data-error-summary");
        // The outcome is required for a data contact, so its label must not call it optional.
        assertThat(page).containsPattern("<label for=\"outcome\">Kết quả <span class=\"muted\">\\(bắt buộc khi liên hệ");
    }

    @Test
    void anInvalidContactComesBackWithEverythingTypedAndAnErrorSummary() throws Exception {
        MvcResult result = mvc.perform(post(LIVE).with(signedIn(desk.counsellor())).with(csrf())
                .param("formId", UUID.randomUUID().toString()).param("type", "ABOUT_SELF").param("callerPhone", "12ab")
                .param("callerName", "Lê Thị Hoa").param("summary", "Chồng đe dọa, đang trốn ở nhà hàng xóm")
                .param("lineId", desk.lineId()).param("callBackFrom", "25:00").param("urgency", "URGENT")
                .param("services", "SAFETY_PLANNING")).andReturn();
        String page = html(result);

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(page).contains("data-error-summary").contains("href=\"#callBackFrom\"")
                .contains("value=\"12ab\"", "value=\"Lê Thị Hoa\"", "Chồng đe dọa, đang trốn ở nhà hàng xóm", "value=\"25:00\"")
                .containsPattern("value=\"URGENT\"\\s+id=\"urgency-URGENT\"\\s+checked")
                .containsPattern("value=\"SAFETY_PLANNING\"\\s+id=\"services-SAFETY_PLANNING\"\\s+checked")
                .contains("aria-invalid=\"true\"");

        String fixedTime = html(mvc.perform(post(LIVE).with(signedIn(desk.counsellor())).with(csrf())
                .param("type", "ABOUT_SELF").param("callerPhone", "12ab").param("callerName", "Lê Thị Hoa")
                .param("callBackFrom", "21:30")).andReturn());
        assertThat(fixedTime).contains("href=\"#callerPhone\"", "href=\"#categories\"", "href=\"#outcome\"")
                .contains("aria-describedby=\"callerPhone-error callerPhone-hint\"", "value=\"Lê Thị Hoa\"");
        assertThat(draft()).isEmpty();
    }

    @Test
    void aSavedContactIsConfirmedWithItsIdAndTheFormIsFreshAgain() throws Exception {
        String phone = aPhoneNumber();
        String formId = UUID.randomUUID().toString();
        // Sessions live in the database (Spring Session), so the browser's session cookie carries them between requests.
        Cookie session = mvc.perform(post(LIVE + "/draft").with(signedIn(desk.counsellor())).with(csrf())
                .param("formId", formId).param("callerPhone", phone)).andReturn().getResponse().getCookie(SESSION);
        assertThat(draft()).isPresent();
        MvcResult saved = mvc.perform(gbvCall(post(LIVE), phone, formId).cookie(session)).andReturn();

        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(LIVE).doesNotContain(phone);
        long id = (Long) saved.getFlashMap().get("savedContact");
        assertThat(draft()).isEmpty();
        Contact contact = fixtures.as(desk.counsellor(), () -> hotline.find(id));
        assertThat(contact.details().callerPhone()).isEqualTo(HotlineCalls.e164(phone));
        assertThat(contact.details().receivedAt()).isNotNull();
        assertThat(contact.details().answeredAt()).isEqualTo(contact.details().receivedAt());
        assertThat(contact.details().endedAt()).isNotNull();
        assertThat(contact.gbvRelated()).isTrue();

        String next = html(mvc.perform(get(LIVE).with(signedIn(desk.counsellor())).cookie(session)).andReturn());
        assertThat(next).contains("Đã lưu liên hệ số " + id, "href=\"/hotline/contacts/" + id + "\"")
                .doesNotContain("value=\"" + phone + "\"").doesNotContain(formId);

        // An autosave that was still on its way brings nothing back; a second submit records nothing new.
        mvc.perform(post(LIVE + "/draft").cookie(session).with(signedIn(desk.counsellor())).with(csrf())
                .param("formId", formId).param("callerPhone", phone));
        assertThat(draft()).isEmpty();
        mvc.perform(gbvCall(post(LIVE), phone, formId).cookie(session));
        assertThat(fixtures.as(desk.counsellor(), () -> hotline.lookupCaller(phone)).contactCount()).isEqualTo(1);
    }

    @Test
    void aHalfFilledContactSurvivesAReloadUntilDiscarded() throws Exception {
        String phone = aPhoneNumber();
        String status = html(mvc.perform(post(LIVE + "/draft").with(signedIn(desk.counsellor())).with(csrf())
                .param("formId", "f-" + UUID.randomUUID()).param("callerPhone", phone).param("type", "ABOUT_OTHER")
                .param("categories", "DV_PHYSICAL", "CHILD_NEGLECT").param("summary", "Bà kể con dâu bị đánh")
                .param("_doNotCallBack", "on").param("doNotCallBack", "true")).andReturn());
        assertThat(status).contains("Đã tự động lưu nháp", "id=\"startedAt\"", "hx-swap-oob=\"true\"");

        String reloaded = html(mvc.perform(get(LIVE).with(signedIn(desk.counsellor()))).andReturn());
        assertThat(reloaded).contains("Đã khôi phục bản nháp", "value=\"" + phone + "\"", "Bà kể con dâu bị đánh")
                .contains("value=\"ABOUT_OTHER\" selected", "id=\"doNotCallBack\" name=\"doNotCallBack\" value=\"true\" checked")
                .containsPattern("value=\"DV_PHYSICAL\"\\s+id=\"categories-DV_PHYSICAL\"\\s+checked")
                .contains("Số này chưa từng liên hệ");
        assertThat(draft().orElseThrow().payload()).doesNotContain("_csrf");

        MvcResult discarded = mvc.perform(post(LIVE + "/discard").with(signedIn(desk.counsellor())).with(csrf())).andReturn();
        assertThat(discarded.getResponse().getRedirectedUrl()).isEqualTo(LIVE);
        assertThat(draft()).isEmpty();
        assertThat(html(mvc.perform(get(LIVE).with(signedIn(desk.counsellor()))).andReturn()))
                .doesNotContain(phone).doesNotContain("Bà kể con dâu bị đánh");
    }

    @Test
    void aNonDataContactIsOneClickWithTheLineTimesAndNumberOnly() throws Exception {
        String phone = aPhoneNumber();
        MvcResult saved = mvc.perform(post(LIVE + "/quick").with(signedIn(desk.counsellor())).with(csrf())
                .param("quick", "HANG_UP").param("formId", UUID.randomUUID().toString()).param("lineId", desk.lineId())
                .param("callerPhone", phone).param("summary", "không liên quan").param("categories", "GBV")).andReturn();

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(LIVE);
        Contact contact = fixtures.as(desk.counsellor(), () -> hotline.find((Long) saved.getFlashMap().get("savedContact")));
        assertThat(contact.type()).isEqualTo(ContactType.HANG_UP);
        assertThat(contact.details().lineId()).isEqualTo(desk.line().id());
        assertThat(contact.details().callerPhone()).isEqualTo(HotlineCalls.e164(phone));
        assertThat(contact.details().summary()).isNull();
        assertThat(contact.details().categories()).isEmpty();

        MvcResult missed = mvc.perform(post(LIVE + "/quick").with(signedIn(desk.counsellor())).with(csrf())
                .param("quick", "MISSED").param("lineId", desk.lineId()).param("callerPhoneWithheld", "true")).andReturn();
        Contact missedCall = fixtures.as(desk.counsellor(), () -> hotline.find((Long) missed.getFlashMap().get("savedContact")));
        assertThat(missedCall.type()).isEqualTo(ContactType.MISSED);
        assertThat(missedCall.details().answeredAt()).isNull();

        int refused = mvc.perform(post(LIVE + "/quick").with(signedIn(desk.counsellor())).with(csrf()).param("quick", "ABOUT_SELF"))
                .andReturn().getResponse().getStatus();
        assertThat(refused).isEqualTo(400);
    }

    @Test
    void theHistoryPanelShowsWhatTheNumberHasDoneBefore() throws Exception {
        String phone = aPhoneNumber();
        fixtures.record(desk.counsellor(), ContactDraft.of(ContactType.ABOUT_SELF).callerPhone(phone)
                .categories(List.of("DV_PHYSICAL")).outcome(Outcome.CALL_BACK_SCHEDULED).urgency(Urgency.DANGER_TO_LIFE).build());
        Contact second = fixtures.record(desk.counsellor(), ContactDraft.of(ContactType.SILENT).callerPhone(phone).build());
        fixtures.as(desk.counsellor(), () -> hotline.markDoNotCallBack(second.id()));

        String typed = phone.substring(0, 4) + " " + phone.substring(4, 7) + " " + phone.substring(7);
        String panel = html(mvc.perform(post(LIVE + "/caller").with(signedIn(desk.counsellor())).with(csrf())
                .param("callerPhone", typed)).andReturn());

        assertThat(panel).contains("KHÔNG GỌI LẠI", "Đã liên hệ 2 lần", "Đã từng có lần nguy hiểm đến tính mạng",
                "Liên quan bạo lực giới: 1 lần", "Kết quả lần gần nhất: Hẹn gọi lại", "hx-swap-oob=\"true\"",
                "href=\"/hotline/contacts/" + second.id() + "\"");
        assertThat(html(mvc.perform(post(LIVE + "/caller").with(signedIn(desk.counsellor())).with(csrf())
                .param("callerPhone", "091")).andReturn())).contains("Đang chờ nhập đủ số");
        assertThat(html(mvc.perform(post(LIVE + "/caller").with(signedIn(desk.counsellor())).with(csrf())
                .param("callerPhone", "091").param("complete", "true")).andReturn())).contains("Số điện thoại không hợp lệ");
        assertThat(html(mvc.perform(post(LIVE + "/caller").with(signedIn(desk.counsellor())).with(csrf())
                .param("callerPhone", "12ab")).andReturn())).contains("Số điện thoại không hợp lệ").doesNotContain("12ab");
    }

    /** Supervisors take calls when the line is busy: the same screen as a counsellor's. */
    @Test
    void aSupervisorRecordsACallOnTheLiveScreen() throws Exception {
        UserAccount supervisor = fixtures.colleague(desk, Roles.SUPERVISOR);
        String page = html(mvc.perform(get(LIVE).with(signedIn(supervisor))).andReturn());

        assertThat(page).contains("hx-post=\"/hotline/live/caller\"", "formaction=\"/hotline/live/quick\"",
                "hx-post=\"/hotline/live/draft\"", "data-default-submit").doesNotContain("Chỉ tư vấn viên ghi cuộc gọi");

        MvcResult saved = mvc.perform(post(LIVE + "/quick").with(signedIn(supervisor)).with(csrf())
                .param("formId", UUID.randomUUID().toString()).param("quick", "SILENT").param("lineId", desk.lineId()))
                .andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(LIVE);
        long id = (Long) saved.getFlashMap().get("savedContact");
        Contact contact = fixtures.as(supervisor, () -> hotline.find(id));
        assertThat(contact.counsellorId()).isEqualTo(supervisor.id());
        assertThat(contact.type()).isEqualTo(ContactType.SILENT);
    }

    @Test
    void theCommuneHelperFindsCommunesByNameWithoutAccents() throws Exception {
        String results = html(mvc.perform(post("/localities/communes").with(signedIn(desk.counsellor())).with(csrf())
                .param("field", "localityCode").param("localityCodeQuery", "hong gai")).andReturn());

        assertThat(results).contains("data-fill=\"localityCode\"", "data-value=\"06685\"", "Phường Hồng Gai, Tỉnh Quảng Ninh");
        String restored = html(mvc.perform(post(LIVE).with(signedIn(desk.counsellor())).with(csrf())
                .param("type", "ABOUT_SELF").param("localityCode", "06685")).andReturn());
        assertThat(restored).contains("Đã chọn: Phường Hồng Gai, Tỉnh Quảng Ninh");
    }

    @Test
    void noPageOrRedirectPutsAPhoneNumberInAUrl() throws Exception {
        String phone = aPhoneNumber();
        String digits = phone.substring(1);
        MvcResult saved = mvc.perform(gbvCall(post(LIVE), phone, UUID.randomUUID().toString())).andReturn();
        MvcResult quick = mvc.perform(post(LIVE + "/quick").with(signedIn(desk.counsellor())).with(csrf())
                .param("quick", "SILENT").param("callerPhone", phone)).andReturn();
        assertThat(List.of(saved.getResponse().getRedirectedUrl(), quick.getResponse().getRedirectedUrl())).containsOnly(LIVE);

        mvc.perform(post(LIVE + "/draft").with(signedIn(desk.counsellor())).with(csrf()).param("callerPhone", phone));
        String page = html(mvc.perform(get(LIVE).with(signedIn(desk.counsellor()))).andReturn());
        String list = html(mvc.perform(post("/hotline/contacts/by-phone").with(signedIn(desk.counsellor())).with(csrf())
                .param("phone", phone)).andReturn());
        for (String html : List.of(page, list)) {
            assertThat(html).contains("value=\"" + phone + "\"")
                    .doesNotContainPattern("(href|action|formaction|hx-[a-z]+)=\"[^\"]*" + digits);
        }
    }

    private Optional<LiveCallDraft> draft() {
        return fixtures.as(desk.counsellor(), () -> hotline.draft(desk.counsellor().id()));
    }

    private MockHttpServletRequestBuilder gbvCall(MockHttpServletRequestBuilder request, String phone, String formId) {
        return request.with(signedIn(desk.counsellor())).with(csrf()).param("formId", formId)
                .param("type", "ABOUT_SELF").param("lineId", desk.lineId()).param("callerPhone", phone)
                .param("callerSex", "FEMALE").param("callerAgeGroup", "AGE_25_59").param("categories", "DV_PHYSICAL")
                .param("urgency", "URGENT").param("services", "SAFETY_PLANNING", "INFORMATION")
                .param("outcome", "CALL_BACK_SCHEDULED").param("summary", "Chồng đánh, đang ở nhà mẹ đẻ")
                .param("callBackFrom", "09:00").param("callBackTo", "11:00");
    }
}
