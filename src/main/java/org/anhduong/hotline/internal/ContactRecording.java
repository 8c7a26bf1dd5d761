package org.anhduong.hotline.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.hotline.CaseRequestedFromContact;
import org.anhduong.hotline.Contact;
import org.anhduong.hotline.ContactDraft;
import org.anhduong.hotline.ContactRecorded;
import org.anhduong.hotline.RecordedContact;
import org.anhduong.platform.crypto.BlindIndex;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/** Records new contacts, once per Idempotency-Key when the client gives one. */
@Component
class ContactRecording {

    static final String CREATE = "contact.create";
    /** Visible ASCII: keys are UUIDs or similar tokens, never free text that could carry personal data. */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,100}");

    private final Contacts contacts;
    private final IdempotencyKeys keys;
    private final ContactFacts facts;
    private final ContactAccess access;
    private final ContactReading reading;
    private final HotlineTransactions transactions;
    private final BlindIndex index;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ContactRecording(Contacts contacts, IdempotencyKeys keys, ContactFacts facts, ContactAccess access,
                     ContactReading reading, HotlineTransactions transactions, BlindIndex index, AuditTrail audit,
                     ApplicationEventPublisher events) {
        this.contacts = contacts;
        this.keys = keys;
        this.facts = facts;
        this.access = access;
        this.reading = reading;
        this.transactions = transactions;
        this.index = index;
        this.audit = audit;
        this.events = events;
    }

    Contact record(ContactDraft draft) {
        return transactions.run(() -> {
            UserPrincipal user = access.recorder(CREATE);
            return audited(create(user, draft, facts.of(user)));
        });
    }

    /**
     * Creates the contact and claims the key for it in one transaction, without looking for the key first: a key is
     * almost always new. When it was claimed before (a repeat) or by a concurrent request with the same key, the claim
     * fails on the key's primary key, the transaction rolls back (the contact with it) and the second attempt, which
     * looks first, finds the claim and answers with the contact it names.
     */
    RecordedContact record(ContactDraft draft, String key) {
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInputException("Idempotency-Key", "hotline.idempotency.invalid");
        }
        String fingerprint = Fingerprints.of(draft, index);
        try {
            return transactions.run(() -> claim(access.recorder(CREATE), draft, key, fingerprint));
        } catch (DuplicateKeyException claimedBefore) {
            return transactions.run(() -> claimOrReplay(access.recorder(CREATE), draft, key, fingerprint));
        }
    }

    private RecordedContact claimOrReplay(UserPrincipal user, ContactDraft draft, String key, String fingerprint) {
        var claim = keys.find(user.userId(), key);
        if (claim.isPresent()) {
            if (!claim.get().fingerprint().equals(fingerprint)) {
                throw new ConflictException("idempotency-key-reused", "hotline.idempotency.reused");
            }
            return new RecordedContact(reading.find(user, claim.get().contactId()), false);
        }
        return claim(user, draft, key, fingerprint);
    }

    /** @throws DuplicateKeyException when the key was claimed already */
    private RecordedContact claim(UserPrincipal user, ContactDraft draft, String key, String fingerprint) {
        var world = facts.of(user);
        Contact contact = create(user, draft, world);
        keys.claim(user.userId(), key, fingerprint, contact.id(), world.now());
        return new RecordedContact(audited(contact), true);
    }

    private Contact create(UserPrincipal user, ContactDraft draft, ContactRules.Facts world) {
        ValidContact valid = ContactRules.check(draft, null, world);
        Contact contact = contacts.insert(valid, user.userId(), user.organisationId(), world.now());
        publish(contact, user, world.now());
        return contact;
    }

    /** The audit event comes last: appending holds the audit chain until the commit. */
    private Contact audited(Contact created) {
        audit.record(AuditEntry.success(CREATE, ContactAccess.CONTACT, created.id()));
        return created;
    }

    private void publish(Contact contact, UserPrincipal user, Instant now) {
        ContactDraft d = contact.details();
        events.publishEvent(new ContactRecorded(contact.id(), contact.organisationId(), contact.counsellorId(),
                d.lineId(), Objects.requireNonNull(d.channel()), contact.type(), Objects.requireNonNull(d.categories()),
                contact.gbvRelated(), Objects.requireNonNull(d.urgency()), Objects.requireNonNull(d.receivedAt())));
        if (Boolean.TRUE.equals(d.caseRequested())) {
            events.publishEvent(new CaseRequestedFromContact(contact.id(), contact.organisationId(), user.userId(),
                    now));
        }
    }
}
