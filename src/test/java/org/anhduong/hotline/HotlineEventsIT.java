package org.anhduong.hotline;

import org.anhduong.identity.TestUsers;
import org.anhduong.identity.UserAccount;
import org.anhduong.platform.security.Roles;
import org.anhduong.test.IntegrationTest;
import org.anhduong.test.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** The facade as other modules use it: the events casework and reporting will listen to, and case links. */
@IntegrationTest
@RecordApplicationEvents
class HotlineEventsIT {

    @Autowired
    Hotline hotline;
    @Autowired
    TestUsers users;
    @Autowired
    ApplicationEvents events;

    UserAccount counsellor;

    @BeforeEach
    void signIn() {
        counsellor = users.aUserWithRoles(Roles.HOTLINE_COUNSELLOR);
        SignedIn.as(counsellor);
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    static ContactDraft.Builder aGbvCall() {
        return ContactDraft.of(ContactType.ABOUT_SELF).categories("GBV_PHYSICAL_ASSAULT").outcome(Outcome.CASE_OPENED)
                .callerPhone(HotlineCalls.aPhoneNumber()).summary("Bị chồng đánh");
    }

    @Test
    void recordingPublishesWhatReportingCountsAndTheCaseRequest() {
        Contact contact = hotline.record(aGbvCall().caseRequested(true).build());

        ContactRecorded recorded = events.stream(ContactRecorded.class).findFirst().orElseThrow();
        assertThat(recorded.contactId()).isEqualTo(contact.id());
        assertThat(recorded.gbvRelated()).isTrue();
        assertThat(recorded.categories()).containsExactly("GBV_PHYSICAL_ASSAULT");
        assertThat(recorded.toString()).doesNotContain(contact.details().callerPhone().substring(3));
        assertThat(events.stream(CaseRequestedFromContact.class))
                .extracting(CaseRequestedFromContact::contactId, CaseRequestedFromContact::requestedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(contact.id(), counsellor.id()));
    }

    @Test
    void aCaseRequestedLaterAndTheSafetyFlagArePublishedOnce() {
        Contact contact = hotline.record(aGbvCall().build());
        assertThat(events.stream(CaseRequestedFromContact.class)).isEmpty();

        Contact changed = hotline.update(contact.id(), contact.version(),
                current -> current.toBuilder().caseRequested(true).doNotCallBack(true).build());
        hotline.update(changed.id(), changed.version(), current -> current.toBuilder().summary("thêm").build());

        assertThat(events.stream(ContactUpdated.class)).hasSize(2);
        assertThat(events.stream(CaseRequestedFromContact.class)).hasSize(1);
        assertThat(events.stream(DoNotCallBackMarked.class)).hasSize(1);
    }

    @Test
    void caseworkLinksAContactToACaseOnce() {
        // Without a case request: casework's intake listener would link a case of its own.
        Contact contact = hotline.record(aGbvCall().build());

        hotline.linkToCase(contact.id(), "CASE-2026-0001");
        Contact linked = hotline.linkToCase(contact.id(), "CASE-2026-0001");

        assertThat(linked.caseRefs()).containsExactly("CASE-2026-0001");
        assertThat(hotline.find(contact.id()).caseRefs()).containsExactly("CASE-2026-0001");
        assertThat(events.stream(ContactLinkedToCase.class)).extracting(ContactLinkedToCase::caseRef)
                .containsExactly("CASE-2026-0001");
    }
}
