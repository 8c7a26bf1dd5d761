package org.anhduong.hotline;

import org.anhduong.test.AuditRows;
import org.anhduong.hotline.ScreenFixtures.Desk;
import org.anhduong.identity.UserAccount;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.ForbiddenException;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.anhduong.hotline.HotlineCalls.aPhoneNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The call-back queue: who waits for a call, by when, and who must never be called. */
@IntegrationTest
class CallBackQueueIT {

    @Autowired
    ScreenFixtures fixtures;
    @Autowired
    Hotline hotline;
    @Autowired
    JdbcClient jdbc;

    Desk desk;
    Instant now;

    @BeforeEach
    void setUp() {
        desk = fixtures.aDesk();
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void scheduledCallBacksAndMissedCallsWaitInDueOrder() {
        Contact later = scheduled(aPhoneNumber(), now.minus(Duration.ofHours(3)), now.plus(Duration.ofHours(5)));
        Contact sooner = scheduled(aPhoneNumber(), now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)));
        Contact missed = missed(aPhoneNumber(), now.minus(Duration.ofMinutes(30)));

        List<CallBack> queue = queue(desk.counsellor());

        assertThat(queue).extracting(CallBack::contactId).containsSubsequence(missed.id(), sooner.id(), later.id());
        CallBack first = queue.stream().filter(c -> c.contactId() == sooner.id()).findFirst().orElseThrow();
        assertThat(first.due()).isEqualTo(now.plus(Duration.ofHours(1)));
        assertThat(first.callBackFrom()).isEqualTo(LocalTime.of(9, 0));
        assertThat(first.gbvRelated()).isTrue();
        CallBack missedCall = queue.stream().filter(c -> c.contactId() == missed.id()).findFirst().orElseThrow();
        assertThat(missedCall.due()).as("a missed call is due from when it came in").isEqualTo(missedCall.receivedAt());
    }

    @Test
    void aNumberAnyoneMarkedDoNotCallBackIsNeverListed() {
        String phone = aPhoneNumber();
        Contact waiting = scheduled(phone, now.minus(Duration.ofHours(2)), now.plus(Duration.ofHours(1)));
        Contact older = fixtures.record(desk.counsellor(), ContactDraft.of(ContactType.SILENT).callerPhone(phone)
                .receivedAt(now.minus(Duration.ofDays(3))).build());
        assertThat(ids(queue(desk.counsellor()))).contains(waiting.id());

        fixtures.as(desk.counsellor(), () -> hotline.markDoNotCallBack(older.id()));

        assertThat(ids(queue(desk.counsellor()))).doesNotContain(waiting.id());
    }

    @Test
    void aNewerContactFromTheNumberTakesItsPlace() {
        String phone = aPhoneNumber();
        Contact missed = missed(phone, now.minus(Duration.ofHours(2)));
        Contact calledBack = fixtures.record(desk.counsellor(), ContactDraft.of(ContactType.ABOUT_SELF).callerPhone(phone)
                .direction(Direction.CALL_BACK).categories(List.of("OTHER")).outcome(Outcome.RESOLVED)
                .receivedAt(now.minus(Duration.ofHours(1))).build());

        List<Long> queued = ids(queue(desk.counsellor()));

        assertThat(queued).doesNotContain(missed.id(), calledBack.id());
    }

    @Test
    void withheldNumbersOtherOrganisationsAndOldContactsAreLeftOut() {
        Contact withheld = fixtures.record(desk.counsellor(), ContactDraft.of(ContactType.MISSED).callerPhoneWithheld(true)
                .receivedAt(now.minus(Duration.ofMinutes(5))).build());
        Desk elsewhere = fixtures.aDesk();
        Contact theirs = fixtures.record(elsewhere.counsellor(), ContactDraft.of(ContactType.MISSED).callerPhone(aPhoneNumber())
                .receivedAt(now.minus(Duration.ofMinutes(5))).build());
        Contact old = missed(aPhoneNumber(), now.minus(Duration.ofDays(Hotline.CALL_BACK_DAYS + 1)));

        assertThat(ids(queue(desk.counsellor()))).doesNotContain(withheld.id(), theirs.id(), old.id());
        assertThat(ids(queue(elsewhere.counsellor()))).contains(theirs.id());
    }

    @Test
    void supervisorsSeeTheQueueAdministratorsDoNotAndListingIsAudited() {
        Contact missed = missed(aPhoneNumber(), now.minus(Duration.ofMinutes(10)));
        UserAccount supervisor = fixtures.colleague(desk, Roles.SUPERVISOR);

        assertThat(ids(queue(supervisor))).contains(missed.id());
        assertThatThrownBy(() -> queue(fixtures.colleague(desk, Roles.ADMINISTRATOR))).isInstanceOf(ForbiddenException.class);
        AuditRows.awaitSealed(jdbc);
        long audited = jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE action = 'contact.callBacks' AND actor_user_id = :user")
                .param("user", supervisor.id()).query(Long.class).single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void markingDoNotCallBackClearsTheDueTime() {
        Contact waiting = scheduled(aPhoneNumber(), now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)));

        Contact marked = fixtures.as(desk.counsellor(), () -> hotline.markDoNotCallBack(waiting.id()));

        assertThat(marked.details().callBackDue()).isNull();
        assertThat(marked.details().callBackFrom()).isNull();
    }

    private Contact scheduled(String phone, Instant received, Instant due) {
        return fixtures.record(desk.counsellor(), ContactDraft.of(ContactType.ABOUT_SELF).callerPhone(phone)
                .categories(List.of("DV_PHYSICAL")).outcome(Outcome.CALL_BACK_SCHEDULED).receivedAt(received)
                .callBackFrom(LocalTime.of(9, 0)).callBackTo(LocalTime.of(11, 0)).callBackDue(due).build());
    }

    private Contact missed(String phone, Instant received) {
        return fixtures.record(desk.counsellor(), ContactDraft.of(ContactType.MISSED).callerPhone(phone)
                .receivedAt(received).build());
    }

    private List<CallBack> queue(UserAccount user) {
        return fixtures.as(user, hotline::callBacks);
    }

    private static List<Long> ids(List<CallBack> queue) {
        return queue.stream().map(CallBack::contactId).toList();
    }
}
