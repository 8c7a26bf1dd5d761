package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

/**
 * The answer to "may this be shared with X for Y?": whether it may, why, and the consent it rests on (by id) when
 * there is one. An emergency exception (danger to life) is not a consent and never appears here; the referral records
 * it separately with its reason.
 */
public record ConsentDecision(boolean allowed, Reason reason, @Nullable Long consentId) {

    public enum Reason {
        /** A valid consent covers the purpose and recipient. */
        GIVEN,
        /** No consent for this purpose and recipient was ever recorded. */
        NONE,
        /** The consent that applies was withdrawn. */
        WITHDRAWN,
        /** The consent that applies has run out. */
        EXPIRED,
        /** A child under 16 was the one who consented: her guardian must. */
        GUARDIAN_REQUIRED,
        /** A guardian consented for a child of 7 or more (or for someone of 16 or more) without her own agreement. */
        CHILD_AGREEMENT_MISSING;

        public String labelKey() {
            return "casework.consentDecision." + name();
        }
    }

    public ConsentDecision {
        if (allowed != (reason == Reason.GIVEN)) {
            throw new IllegalArgumentException("only a given consent allows");
        }
    }

    public static ConsentDecision given(long consentId) {
        return new ConsentDecision(true, Reason.GIVEN, consentId);
    }

    public static ConsentDecision refused(Reason reason, @Nullable Long consentId) {
        return new ConsentDecision(false, reason, consentId);
    }
}
