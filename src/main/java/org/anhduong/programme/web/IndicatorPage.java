package org.anhduong.programme.web;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * One indicator with its current value over its own period; a hand-entered one lists its values and, for editors,
 * offers the form of a new value ({@code valueForm} null otherwise).
 */
public record IndicatorPage(long id, String name, String model, String measure, boolean computed, String periodFrom,
                            String periodTo, long target, String value, String percent, @Nullable String evidence,
                            List<ValueRow> values, @Nullable IndicatorValueForm valueForm, FormErrors errors,
                            @Nullable String noticeKey) {

    /** A value entered by hand. */
    public record ValueRow(String measuredOn, long amount, String evidence) {
    }
}
