package org.anhduong.referral;

import org.jspecify.annotations.Nullable;

/** The text that goes with a decline (its reason), a completion (feedback on the service given) or a withdrawal. */
public record ReferralAnswer(@Nullable String text) {
}
