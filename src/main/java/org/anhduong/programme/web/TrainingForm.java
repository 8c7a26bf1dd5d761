package org.anhduong.programme.web;

import org.jspecify.annotations.Nullable;

/** The training form as posted: every field as typed. */
public record TrainingForm(@Nullable String topic, @Nullable String level, @Nullable String startsOn,
                           @Nullable String endsOn, @Nullable String modelId, @Nullable String communeCode,
                           @Nullable String trainer, @Nullable String female, @Nullable String male,
                           @Nullable String otherOrUnknown, @Nullable String preTest, @Nullable String postTest) {

    static TrainingForm blank() {
        return new TrainingForm(null, null, null, null, null, null, null, "0", "0", "0", null, null);
    }

    public String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
