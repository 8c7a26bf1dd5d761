package org.anhduong.hotline.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditOutcome;
import org.anhduong.audit.AuditTrail;
import org.anhduong.hotline.Contact;
import org.anhduong.hotline.ContactDraft;
import org.anhduong.hotline.ContactRecorded;
import org.anhduong.hotline.ContactType;
import org.anhduong.hotline.ContactUpdated;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * The contact writes the telephony integration ({@code org.anhduong.hotline.telephony}) makes on its own, with no
 * signed-in user: a missed call recorded in the line's organisation, and a call's times copied into the contact a
 * counsellor saved for it. Nothing else may use it: it bypasses the role checks of {@link ContactAccess}, which is
 * right only for a caller the telephony signature already authenticated. Joins the caller's transaction; every write
 * is audited with the actor {@value #ACTOR}, the same rules ({@link ContactRules}) check the details.
 */
@Component
public class TelephonyContacts {

    public static final String ACTOR = "telephony";

    private static final Logger log = LoggerFactory.getLogger(TelephonyContacts.class);

    private final Contacts contacts;
    private final ContactFacts facts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TelephonyContacts(Contacts contacts, ContactFacts facts, AuditTrail audit, ApplicationEventPublisher events,
                      Clock clock) {
        this.contacts = contacts;
        this.facts = facts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a missed call (type MISSED, channel PHONE) in the organisation, so that it appears in the call-back work.
     * It has no counsellor (null): nobody answered it.
     *
     * @return the new contact's id
     */
    public long recordMissed(long organisationId, long lineId, Instant ringingAt, Instant endedAt,
                             @Nullable String callerPhone, boolean withheld) {
        ContactDraft draft = ContactDraft.of(ContactType.MISSED).lineId(lineId).receivedAt(ringingAt).endedAt(endedAt)
                .callerPhone(callerPhone).callerPhoneWithheld(withheld).build();
        ValidContact valid = ContactRules.check(draft, null, facts.forOrganisation(organisationId));
        long id = contacts.insert(valid, null, organisationId, clock.instant()).id();
        ContactDraft d = valid.details();
        events.publishEvent(new ContactRecorded(id, organisationId, null, lineId,
                Objects.requireNonNull(d.channel()), ContactType.MISSED, Objects.requireNonNull(d.categories()), valid.gbvRelated(),
                Objects.requireNonNull(d.urgency()), Objects.requireNonNull(d.receivedAt())));
        // Last: appending to the audit trail holds its chain until the commit.
        audit.record(AuditEntry.success(ContactRecording.CREATE, ContactAccess.CONTACT, id).by(null, ACTOR));
        return id;
    }

    /** Whether the contact exists and belongs to the organisation (a counsellor may attach only their own's). */
    public boolean inOrganisation(long contactId, long organisationId) {
        return contacts.find(contactId).filter(c -> c.organisationId() == organisationId).isPresent();
    }

    /**
     * Sets the contact's received, answered and ended times to the call's: the telephony system knows them better than
     * the screen, where the contact is often saved while the caller is still speaking. An answer time the PBX did not
     * report is left as the counsellor gave it. When the result breaks a rule (say, an answered call saved as MISSED)
     * the contact stays as it is and the failure is audited: the caller (a PBX) could not correct it anyway.
     *
     * @return whether the times were set
     */
    public boolean fillTimes(long contactId, Instant ringingAt, @Nullable Instant answeredAt, Instant endedAt) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Contact current = contacts.find(contactId).orElseThrow();
            ContactDraft next = current.details().toBuilder().receivedAt(ringingAt)
                    .answeredAt(answeredAt == null ? current.details().answeredAt() : answeredAt)
                    .endedAt(endedAt).build();
            ValidContact valid = checked(current, next);
            if (valid == null) {
                return false;
            }
            // A counsellor editing at the same time moves the version on: read again rather than overwrite.
            if (contacts.update(contactId, current.version(), valid, clock.instant())) {
                events.publishEvent(new ContactUpdated(contactId, current.organisationId(), current.version() + 1,
                        valid.gbvRelated()));
                audit.record(AuditEntry.success(ContactChanging.UPDATE, ContactAccess.CONTACT, contactId).by(null, ACTOR));
                return true;
            }
        }
        throw new IllegalStateException("Contact " + contactId + " kept changing while the call's times were copied");
    }

    /** The checked details, or null (audited as a failure) when they break a rule. */
    private @Nullable ValidContact checked(Contact current, ContactDraft next) {
        try {
            return ContactRules.check(next, current.details(), facts.forOrganisation(current.organisationId()));
        } catch (InvalidInputException rejected) {
            log.warn("Call times not copied into contact {}: they break a contact rule", current.id());
            audit.record(AuditEntry.of(ContactChanging.UPDATE, ContactAccess.CONTACT, current.id(), AuditOutcome.FAILURE)
                    .by(null, ACTOR));
            return null;
        }
    }
}
