package org.anhduong.referral;

import org.jspecify.annotations.Nullable;

/**
 * A referral as the case worker sends it.
 *
 * @param sharedInformation   what the client agreed to share with the partner, in her words
 * @param contactArrangements how and when the partner may contact her safely
 * @param emergency           an emergency exception (danger to life): sent without consent, with its reason, and the
 *                            case's supervisor is alerted. Asked for while a valid consent exists, it changes
 *                            nothing: the referral rests on the consent
 */
public record NewReferral(@Nullable Long serviceId, @Nullable Urgency urgency, @Nullable String sharedInformation,
                          @Nullable String contactArrangements, @Nullable Boolean emergency,
                          @Nullable String emergencyReason) {

    /** Whether the emergency exception is asked for; absent means no. */
    public boolean emergencyException() {
        return Boolean.TRUE.equals(emergency);
    }
}
