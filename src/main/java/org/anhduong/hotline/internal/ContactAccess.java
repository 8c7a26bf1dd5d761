package org.anhduong.hotline.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditOutcome;
import org.anhduong.audit.AuditTrail;
import org.anhduong.hotline.Contact;
import org.anhduong.platform.security.CurrentUser;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.ForbiddenException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.Arrays;

/**
 * Who may do what with the hotline's records (see {@link org.anhduong.hotline.Hotline}): first the role, then the
 * organisation. Every refusal that concerns contacts is audited with outcome DENIED before it is thrown; the
 * exceptions thrown are the ones the facade's transactions do not roll back for, so the audit event stays.
 */
@Component
class ContactAccess {

    static final String CONTACT = "contact";
    private static final String[] CONTACT_ROLES = {Roles.HOTLINE_COUNSELLOR, Roles.SUPERVISOR};

    private final AuditTrail audit;

    ContactAccess(AuditTrail audit) {
        this.audit = audit;
    }

    /** Counsellors record contacts, and supervisors too: they take calls when the line is busy. */
    UserPrincipal recorder(String action) {
        return withRole(action, CONTACT, null, CONTACT_ROLES);
    }

    /** Counsellors and supervisors read, list, look up and change the contacts of their organisation. */
    UserPrincipal reader(String action, @Nullable Long contactId) {
        return withRole(action, CONTACT, contactId, CONTACT_ROLES);
    }

    /** Casework links contacts to cases on behalf of case workers too. */
    UserPrincipal linker(String action, long contactId) {
        return withRole(action, CONTACT, contactId, Roles.HOTLINE_COUNSELLOR, Roles.SUPERVISOR, Roles.CASE_WORKER);
    }

    UserPrincipal administrator(String action, String recordType) {
        return withRole(action, recordType, null, Roles.ADMINISTRATOR);
    }

    UserPrincipal signedIn() {
        return CurrentUser.get().orElseThrow(ForbiddenException::new);
    }

    /** Only the user themself, as someone who records contacts, keeps a live-call draft. */
    UserPrincipal draftOwner(String action, long userId) {
        UserPrincipal user = withRole(action, "contactDraft", userId, CONTACT_ROLES);
        if (user.userId() != userId) {
            throw refuse(action, "contactDraft", userId);
        }
        return user;
    }

    /** Hides contacts of other organisations, as if they did not exist. */
    void sameOrganisation(UserPrincipal user, Contact contact, String action) {
        if (user.organisationId() != contact.organisationId()) {
            audit.record(AuditEntry.of(action, CONTACT, contact.id(), AuditOutcome.DENIED));
            throw new ContactHidden();
        }
    }

    private UserPrincipal withRole(String action, String recordType, @Nullable Long recordId, String... roles) {
        UserPrincipal user = signedIn();
        if (Arrays.stream(roles).noneMatch(user::hasRole)) {
            throw refuse(action, recordType, recordId);
        }
        return user;
    }

    private AccessRefused refuse(String action, String recordType, @Nullable Long recordId) {
        audit.record(AuditEntry.of(action, recordType, recordId, AuditOutcome.DENIED));
        return new AccessRefused();
    }
}
