package org.anhduong.programme.web;

import org.jspecify.annotations.Nullable;

/** The indicator form as posted: every field as typed. */
public record IndicatorForm(@Nullable String name, @Nullable String measure, @Nullable String modelId,
                            @Nullable String periodFrom, @Nullable String periodTo, @Nullable String target) {

    static IndicatorForm blank(String from, String to) {
        return new IndicatorForm(null, null, null, from, to, null);
    }

    public String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
