package org.anhduong.hotline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * A recorded contact with its personal details decrypted. Only the hotline's counsellors and supervisors of the
 * contact's organisation ever receive one, and every time they do it is audited.
 *
 * @param version         optimistic-locking version; give it back to {@link Hotline#update}
 * @param counsellorId    the user who recorded the contact; null (JSON {@code null}) for a missed call the telephony
 *                        system recorded, which no one answered
 * @param organisationId  the counsellor's organisation, which owns the contact
 * @param details         the checked details (E.164 phone, defaults filled in); in JSON their fields sit at the top level
 * @param gbvRelated      derived: a category is, or descends from, a GBV-marked category
 * @param selfHarm        derived: a category is, or descends from, a self-harm-marked category
 * @param durationSeconds talk time in seconds, when answer and end are known
 * @param caseRefs        the cases this contact is linked to (references given by casework)
 */
public record Contact(long id, int version, @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Long counsellorId,
                      long organisationId,
                      @JsonUnwrapped ContactDraft details, boolean gbvRelated, boolean selfHarm,
                      @Nullable Long durationSeconds, List<String> caseRefs, Instant recordedAt, Instant updatedAt) {

    public Contact {
        caseRefs = List.copyOf(caseRefs);
    }

    /** The contact's type; never null in a saved contact. */
    public ContactType type() {
        return java.util.Objects.requireNonNull(details.type(), "type");
    }

    /** True when the saved contact carries the do-not-call-back flag. */
    public boolean doNotCallBack() {
        return Boolean.TRUE.equals(details.doNotCallBack());
    }
}
