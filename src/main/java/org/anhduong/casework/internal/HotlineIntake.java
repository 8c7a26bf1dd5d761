package org.anhduong.casework.internal;

import org.anhduong.casework.CaseManagement;
import org.anhduong.hotline.CaseRequestedFromContact;
import org.anhduong.identity.AccountPrincipal;
import org.anhduong.identity.UserAccount;
import org.anhduong.identity.UserDirectory;
import org.anhduong.platform.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens an intake case when a counsellor asks for one from a contact (after the contact commits, on another thread,
 * with the event kept in the publication registry until it succeeds): status OPEN, unassigned (so it waits in the
 * organisation's team list), source HOTLINE, client pre-filled, the contact linked. It acts as the counsellor who asked,
 * so the contact's organisation and her rights apply. A contact that already has a case gets no second one, so a
 * redelivered event is harmless. No duplicate warning can be answered here: the supervisor sees any match on assignment.
 */
@Component
class HotlineIntake {

    private static final Logger log = LoggerFactory.getLogger(HotlineIntake.class);

    private final CaseManagement management;
    private final Cases cases;
    private final UserDirectory directory;

    HotlineIntake(CaseManagement management, Cases cases, UserDirectory directory) {
        this.management = management;
        this.cases = cases;
        this.directory = directory;
    }

    @ApplicationModuleListener
    void on(CaseRequestedFromContact event) {
        if (cases.caseOfContact(event.contactId()).isPresent()) {
            return;
        }
        UserAccount requester = directory.findUser(event.requestedBy())
                .filter(UserAccount::active)
                .orElseThrow(() -> new IllegalStateException("Requesting user " + event.requestedBy() + " is not active"));
        var opened = CurrentUser.runAs(new AccountPrincipal(requester),
                () -> management.open(management.draftFromContact(event.contactId()).confirmed(true)));
        log.info("Opened intake case {} from contact {}", opened.id(), event.contactId());
    }
}
