package org.anhduong.referral;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One entry of a referral's history: a status it reached (or {@code REMINDED}), who did it (null for the system) and
 * when.
 */
public record ReferralStep(long referralId, String kind, @Nullable Long actorId, @Nullable String actorName, Instant at) {

    public static final String REMINDED = "REMINDED";

    public String labelKey() {
        return "referral.step." + kind;
    }
}
