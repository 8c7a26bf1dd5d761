package org.anhduong.referral.web;

import org.jspecify.annotations.Nullable;

/** The new-referral form as posted; {@code need} keeps the chosen service type when the page is shown again. */
public record ReferralForm(@Nullable String need, @Nullable String serviceId, @Nullable String urgency,
                           @Nullable String sharedInformation, @Nullable String contactArrangements,
                           @Nullable Boolean emergency, @Nullable String emergencyReason) {

    static ReferralForm empty(@Nullable String need) {
        return new ReferralForm(need, null, "ROUTINE", null, null, false, null);
    }

    public String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    public boolean emergencyChecked() {
        return Boolean.TRUE.equals(emergency);
    }
}
