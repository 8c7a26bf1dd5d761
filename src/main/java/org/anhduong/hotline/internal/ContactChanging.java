package org.anhduong.hotline.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.hotline.CaseRequestedFromContact;
import org.anhduong.hotline.Contact;
import org.anhduong.hotline.ContactChanges;
import org.anhduong.hotline.ContactLinkedToCase;
import org.anhduong.hotline.ContactUpdated;
import org.anhduong.hotline.DoNotCallBackMarked;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.regex.Pattern;

/** Changes to recorded contacts: edits under optimistic locking, the do-not-call-back flag, and case links. */
@Component
class ContactChanging {

    static final String UPDATE = "contact.update";
    static final String DO_NOT_CALL_BACK = "contact.markDoNotCallBack";
    static final String LINK_CASE = "contact.linkCase";
    private static final Pattern CASE_REF = Pattern.compile("[\\x21-\\x7e]{1,64}");

    private final Contacts contacts;
    private final ContactReading reading;
    private final ContactFacts facts;
    private final ContactAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContactChanging(Contacts contacts, ContactReading reading, ContactFacts facts, ContactAccess access, AuditTrail audit,
                    ApplicationEventPublisher events, Clock clock) {
        this.contacts = contacts;
        this.reading = reading;
        this.facts = facts;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    Contact update(long id, int version, ContactChanges changes) {
        UserPrincipal user = access.reader(UPDATE, id);
        Contact current = reading.visible(user, id, UPDATE);
        if (current.version() != version) {
            throw ConflictException.staleVersion();
        }
        var world = facts.of(user);
        ValidContact next = ContactRules.check(changes.applyTo(current.details()), current.details(), world);
        if (!contacts.update(id, version, next, world.now())) {
            throw ConflictException.staleVersion();
        }
        Contact updated = contacts.find(id).orElseThrow();
        publishChanges(user, current, updated);
        audit.record(AuditEntry.success(UPDATE, ContactAccess.CONTACT, id));
        return updated;
    }

    Contact markDoNotCallBack(long id) {
        UserPrincipal user = access.reader(DO_NOT_CALL_BACK, id);
        Contact contact = reading.visible(user, id, DO_NOT_CALL_BACK);
        if (contacts.markDoNotCallBack(id, clock.instant())) {
            events.publishEvent(new DoNotCallBackMarked(id, contact.organisationId()));
        }
        Contact marked = contacts.find(id).orElseThrow();
        audit.record(AuditEntry.success(DO_NOT_CALL_BACK, ContactAccess.CONTACT, id));
        return marked;
    }

    Contact linkToCase(long id, String caseRef) {
        UserPrincipal user = access.linker(LINK_CASE, id);
        if (!CASE_REF.matcher(caseRef).matches()) {
            throw new InvalidInputException("caseRef", "hotline.caseRef.invalid");
        }
        Contact contact = reading.visible(user, id, LINK_CASE);
        if (contacts.linkCase(id, caseRef, user.userId(), clock.instant())) {
            events.publishEvent(new ContactLinkedToCase(id, contact.organisationId(), caseRef));
        }
        Contact linked = contacts.find(id).orElseThrow();
        audit.record(AuditEntry.success(LINK_CASE, ContactAccess.CONTACT, id));
        return linked;
    }

    private void publishChanges(UserPrincipal user, Contact before, Contact after) {
        events.publishEvent(new ContactUpdated(after.id(), after.organisationId(), after.version(), after.gbvRelated()));
        if (!Boolean.TRUE.equals(before.details().caseRequested()) && Boolean.TRUE.equals(after.details().caseRequested())) {
            events.publishEvent(new CaseRequestedFromContact(after.id(), after.organisationId(), user.userId(),
                    after.updatedAt()));
        }
        if (!before.doNotCallBack() && after.doNotCallBack()) {
            events.publishEvent(new DoNotCallBackMarked(after.id(), after.organisationId()));
        }
    }
}
