package org.anhduong.programme.web;

import org.jspecify.annotations.Nullable;

/** A value entered by hand as posted: the day measured, the amount and the evidence note, as typed. */
public record IndicatorValueForm(@Nullable String measuredOn, @Nullable String amount, @Nullable String evidence) {

    static IndicatorValueForm blank(String today) {
        return new IndicatorValueForm(today, null, null);
    }

    public String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
