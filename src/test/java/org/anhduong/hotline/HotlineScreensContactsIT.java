package org.anhduong.hotline;

import org.anhduong.hotline.ScreenFixtures.Desk;
import org.anhduong.hotline.internal.TelephonyContacts;
import org.anhduong.platform.security.Roles;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import static org.anhduong.hotline.HotlineCalls.aPhoneNumber;
import static org.anhduong.hotline.ScreenFixtures.html;
import static org.anhduong.hotline.ScreenFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The contact list and the contact page: filters without personal data, phone search by POST, edits under versions. */
@IntegrationTest
class HotlineScreensContactsIT {

    static final String CONTACTS = "/hotline/contacts";

    @Autowired
    MockMvc mvc;
    @Autowired
    ScreenFixtures fixtures;
    @Autowired
    Hotline hotline;
    @Autowired
    TelephonyContacts telephony;

    Desk desk;
    String phone;
    Contact gbvCall;

    @BeforeEach
    void setUp() {
        desk = fixtures.aDesk();
        phone = aPhoneNumber();
        gbvCall = fixtures.record(desk.counsellor(), ContactDraft.of(ContactType.ABOUT_SELF).lineId(desk.line().id())
                .callerPhone(phone).callerName("Phạm Thị Nụ").categories(List.of("DV_PHYSICAL"))
                .urgency(Urgency.DANGER_TO_LIFE).outcome(Outcome.CALL_BACK_SCHEDULED).summary("Chồng cầm dao đe dọa")
                .receivedAt(Instant.parse("2026-03-02T13:05:00Z")).answeredAt(Instant.parse("2026-03-02T13:05:07Z"))
                .endedAt(Instant.parse("2026-03-02T13:21:47Z")).callBackFrom(LocalTime.of(9, 0)).callBackTo(LocalTime.of(11, 0))
                .build());
    }

    @Test
    void theListShowsWhatHappenedButNeverWho() throws Exception {
        fixtures.record(desk.counsellor(), ContactDraft.of(ContactType.SILENT).lineId(desk.line().id())
                .receivedAt(Instant.parse("2026-03-01T02:00:00Z")).build());
        String page = html(mvc.perform(get(CONTACTS).param("from", "02/03/2026").param("to", "02/03/2026")
                .with(signedIn(desk.counsellor()))).andReturn());

        assertThat(page).contains("href=\"/hotline/contacts/" + gbvCall.id() + "\"", "02/03/2026 20:05", desk.line().number(),
                "Về bản thân người gọi", "Bạo lực thể chất", "Nguy hiểm đến tính mạng", "Hẹn gọi lại", "BLG",
                "Trần Thị Đồng Nghiệp".equals(desk.counsellor().fullName()) ? "Trần Thị Đồng Nghiệp" : desk.counsellor().fullName(),
                "Trang 1/1, tổng số 1 liên hệ", "value=\"02/03/2026\"")
                .doesNotContain("Phạm Thị Nụ").doesNotContain("Chồng cầm dao").doesNotContain(phone.substring(1))
                .doesNotContain("Im lặng</td>");
    }

    @Test
    void aMissedCallNobodyAnsweredShowsNoCounsellor() throws Exception {
        Instant rang = Instant.parse("2026-03-03T01:00:00Z");
        long missed = telephony.recordMissed(desk.counsellor().organisationId(), desk.line().id(), rang,
                rang.plusSeconds(30), aPhoneNumber(), false);

        String list = html(mvc.perform(get(CONTACTS).param("from", "03/03/2026").param("to", "03/03/2026")
                .with(signedIn(desk.counsellor()))).andReturn());
        String page = html(mvc.perform(get(CONTACTS + "/" + missed).with(signedIn(desk.counsellor()))).andReturn());

        assertThat(list).contains("href=\"/hotline/contacts/" + missed + "\"", "<td>— (chưa ai nhận)</td>")
                .doesNotContain("<td>#0</td>");
        assertThat(page).contains("<dd>— (chưa ai nhận)</dd>").doesNotContain("<dd>#0</dd>");
    }

    @Test
    void filtersCombineAndAnUnreadableDateIsAFieldError() throws Exception {
        String byType = html(mvc.perform(get(CONTACTS).param("type", "SILENT").with(signedIn(desk.counsellor()))).andReturn());
        assertThat(byType).contains("Không có liên hệ nào phù hợp.");
        String byCategory = html(mvc.perform(get(CONTACTS).param("category", "DOMESTIC_VIOLENCE").param("urgency", "DANGER_TO_LIFE")
                .param("line", desk.lineId()).with(signedIn(desk.counsellor()))).andReturn());
        assertThat(byCategory).contains("href=\"/hotline/contacts/" + gbvCall.id() + "\"");

        String wrong = html(mvc.perform(get(CONTACTS).param("from", "31/02/2026").param("to", "01/01/2026")
                .with(signedIn(desk.counsellor()))).andReturn());
        assertThat(wrong).contains("data-error-summary", "href=\"#from\"", "Ngày phải theo dạng dd/MM/yyyy.", "value=\"31/02/2026\"");
        String backwards = html(mvc.perform(get(CONTACTS).param("from", "02/03/2026").param("to", "01/03/2026")
                .with(signedIn(desk.counsellor()))).andReturn());
        assertThat(backwards).contains("href=\"#to\"", "Ngày kết thúc không được trước ngày bắt đầu.");
    }

    @Test
    void theFiguresDimensionsFilterTheListAndStayInItsLinks() throws Exception {
        Contact sms = fixtures.record(desk.counsellor(), ContactDraft.of(ContactType.HANG_UP).channel(Channel.SMS)
                .receivedAt(Instant.parse("2026-03-02T02:00:00Z")).build());

        String gbv = html(mvc.perform(get(CONTACTS).param("from", "02/03/2026").param("to", "02/03/2026")
                .param("gbv", "true").param("channel", "PHONE").param("direction", "INCOMING")
                .with(signedIn(desk.counsellor()))).andReturn());
        assertThat(gbv).contains("href=\"/hotline/contacts/" + gbvCall.id() + "\"")
                .doesNotContain("href=\"/hotline/contacts/" + sms.id() + "\"");
        String bySms = html(mvc.perform(get(CONTACTS).param("channel", "SMS").param("gbv", "false")
                .with(signedIn(desk.counsellor()))).andReturn());
        assertThat(bySms).contains("href=\"/hotline/contacts/" + sms.id() + "\"")
                .doesNotContain("href=\"/hotline/contacts/" + gbvCall.id() + "\"");
        String elsewhere = html(mvc.perform(get(CONTACTS).param("commune", "06895")
                .with(signedIn(desk.counsellor()))).andReturn());
        assertThat(elsewhere).contains("Không có liên hệ nào phù hợp.", "value=\"06895\"");
        String unreadable = html(mvc.perform(get(CONTACTS).param("gbv", "maybe").with(signedIn(desk.counsellor())))
                .andReturn());
        assertThat(unreadable).contains("data-error-summary", "href=\"#gbv\"");

        for (int i = 0; i < 50; i++) {
            fixtures.record(desk.counsellor(), ContactDraft.of(ContactType.HANG_UP).channel(Channel.SMS).build());
        }
        String first = html(mvc.perform(get(CONTACTS).param("channel", "SMS").param("gbv", "false")
                .param("commune", "").with(signedIn(desk.counsellor()))).andReturn());
        assertThat(first).contains("href=\"/hotline/contacts?channel=SMS&amp;gbv=false&amp;page=2\"");
    }

    @Test
    void pagesLinkWithTheSameFilters() throws Exception {
        for (int i = 0; i < 51; i++) {
            fixtures.record(desk.counsellor(), ContactDraft.of(ContactType.HANG_UP).lineId(desk.line().id()).build());
        }
        String first = html(mvc.perform(get(CONTACTS).param("type", "HANG_UP").with(signedIn(desk.counsellor()))).andReturn());
        assertThat(first).contains("Trang 1/2, tổng số 51 liên hệ", "href=\"/hotline/contacts?type=HANG_UP&amp;page=2\"")
                .doesNotContain("rel=\"prev\"");
        String second = html(mvc.perform(get(CONTACTS).param("type", "HANG_UP").param("page", "2")
                .with(signedIn(desk.counsellor()))).andReturn());
        assertThat(second).contains("Trang 2/2", "href=\"/hotline/contacts?type=HANG_UP&amp;page=1\"").doesNotContain("rel=\"next\"");
    }

    @Test
    void theExactPhoneSearchIsPostedAndFindsAnySpelling() throws Exception {
        String spelled = "+84 " + phone.substring(1, 4) + "-" + phone.substring(4);
        MvcResult result = mvc.perform(post(CONTACTS + "/by-phone").param("phone", spelled).with(signedIn(desk.counsellor()))
                .with(csrf())).andReturn();

        assertThat(result.getRequest().getRequestURI()).isEqualTo(CONTACTS + "/by-phone");
        assertThat(html(result)).contains("Số này có 1 lần liên hệ", "href=\"/hotline/contacts/" + gbvCall.id() + "\"")
                .doesNotContain("Phạm Thị Nụ");
        String invalid = html(mvc.perform(post(CONTACTS + "/by-phone").param("phone", "12ab").with(signedIn(desk.counsellor()))
                .with(csrf())).andReturn());
        assertThat(invalid).contains("id=\"phone-error\"", "aria-invalid=\"true\"");
    }

    @Test
    void theContactPageShowsTheDetailsAndSavesAnEditKeepingTheExactTimes() throws Exception {
        String page = html(mvc.perform(get(CONTACTS + "/" + gbvCall.id()).with(signedIn(desk.counsellor()))).andReturn());
        assertThat(page).contains("Liên hệ số " + gbvCall.id(), "Phạm Thị Nụ", "Chồng cầm dao đe dọa", "16 phút 40 giây",
                "value=\"02/03/2026 20:05:07\"", "name=\"version\" value=\"0\"", "Đánh dấu &#34;Không gọi lại&#34;",
                "name=\"callerPhone\" value=\"" + HotlineCalls.shown(phone) + "\"");

        MvcResult saved = mvc.perform(edit(gbvCall.id(), 0).param("summary", "Chồng cầm dao đe dọa; đã sang nhà mẹ"))
                .andReturn();

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(CONTACTS + "/" + gbvCall.id());
        Contact changed = fixtures.as(desk.counsellor(), () -> hotline.find(gbvCall.id()));
        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.details().summary()).isEqualTo("Chồng cầm dao đe dọa; đã sang nhà mẹ");
        assertThat(changed.details().answeredAt()).isEqualTo(gbvCall.details().answeredAt());
        assertThat(changed.details().callerPhone()).isEqualTo(gbvCall.details().callerPhone());
    }

    @Test
    void aStaleEditIsRefusedWithTheInputKept() throws Exception {
        fixtures.as(desk.counsellor(), () -> hotline.update(gbvCall.id(), 0, d -> d.toBuilder().urgency(Urgency.URGENT).build()));

        String page = html(mvc.perform(edit(gbvCall.id(), 0).param("summary", "ghi chú của tôi")).andReturn());

        assertThat(page).contains("vừa được người khác thay đổi", "ghi chú của tôi", "Tải lại bản mới nhất");
        assertThat(fixtures.as(desk.counsellor(), () -> hotline.find(gbvCall.id())).details().summary()).isEqualTo("Chồng cầm dao đe dọa");
        String invalid = html(mvc.perform(edit(gbvCall.id(), 1).param("receivedAt", "hôm qua")).andReturn());
        assertThat(invalid).contains("href=\"#receivedAt\"", "hôm qua\"");
    }

    @Test
    void doNotCallBackIsOnePostAndShowsOnTheNextLookup() throws Exception {
        MvcResult marked = mvc.perform(post(CONTACTS + "/" + gbvCall.id() + "/do-not-call-back").with(signedIn(desk.counsellor()))
                .with(csrf())).andReturn();

        assertThat(marked.getResponse().getRedirectedUrl()).isEqualTo(CONTACTS + "/" + gbvCall.id());
        assertThat(html(mvc.perform(get(CONTACTS + "/" + gbvCall.id()).with(signedIn(desk.counsellor()))).andReturn()))
                .contains("KHÔNG GỌI LẠI").doesNotContain("/do-not-call-back\"");
        assertThat(html(mvc.perform(post("/hotline/live/caller").param("callerPhone", phone).with(signedIn(desk.counsellor()))
                .with(csrf())).andReturn())).contains("KHÔNG GỌI LẠI số này");
    }

    @Test
    void aContactIsLinkedToACaseByItsReference() throws Exception {
        mvc.perform(post(CONTACTS + "/" + gbvCall.id() + "/case").param("caseRef", "QN-2026-0042")
                .with(signedIn(desk.counsellor())).with(csrf()));
        assertThat(fixtures.as(desk.counsellor(), () -> hotline.find(gbvCall.id())).caseRefs()).containsExactly("QN-2026-0042");

        String refused = html(mvc.perform(post(CONTACTS + "/" + gbvCall.id() + "/case").param("caseRef", "có khoảng trắng")
                .with(signedIn(desk.counsellor())).with(csrf())).andReturn());
        assertThat(refused).contains("id=\"caseRef-error\"", "value=\"có khoảng trắng\"", "QN-2026-0042");
    }

    @Test
    void anotherOrganisationsContactIsNotFoundAndASupervisorOfTheSameOneReadsIt() throws Exception {
        int outsider = mvc.perform(get(CONTACTS + "/" + gbvCall.id()).with(signedIn(fixtures.outsider(Roles.HOTLINE_COUNSELLOR))))
                .andReturn().getResponse().getStatus();
        assertThat(outsider).isEqualTo(404);
        String supervisor = html(mvc.perform(get(CONTACTS + "/" + gbvCall.id())
                .with(signedIn(fixtures.colleague(desk, Roles.SUPERVISOR)))).andReturn());
        assertThat(supervisor).contains("Phạm Thị Nụ");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder edit(long id, int version) {
        return post(CONTACTS + "/" + id).with(signedIn(desk.counsellor())).with(csrf()).param("version", String.valueOf(version))
                .param("type", "ABOUT_SELF").param("lineId", desk.lineId()).param("callerPhone", HotlineCalls.shown(phone))
                .param("callerName", "Phạm Thị Nụ").param("categories", "DV_PHYSICAL").param("urgency", "DANGER_TO_LIFE")
                .param("outcome", "CALL_BACK_SCHEDULED").param("receivedAt", "02/03/2026 20:05")
                .param("answeredAt", "02/03/2026 20:05:07").param("endedAt", "02/03/2026 20:21:47")
                .param("callBackFrom", "09:00").param("callBackTo", "11:00");
    }
}
