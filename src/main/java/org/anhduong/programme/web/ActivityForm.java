package org.anhduong.programme.web;

import org.jspecify.annotations.Nullable;

/** The activity form as posted: every field as typed. */
public record ActivityForm(@Nullable String kind, @Nullable String heldOn, @Nullable String modelId,
                           @Nullable String campaignId, @Nullable String communeCode, @Nullable String organiser,
                           @Nullable String female, @Nullable String male, @Nullable String otherOrUnknown,
                           @Nullable String reach, @Nullable String description) {

    static ActivityForm blank() {
        return new ActivityForm(null, null, null, null, null, null, "0", "0", "0", null, null);
    }

    public String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
