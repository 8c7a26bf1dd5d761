package org.anhduong.programme.web;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The indicators whose own period overlaps the period asked for ({@code from}, {@code to} as typed), each with its
 * value over its own period as the programme summary counts it; {@code editor} offers the form.
 */
public record IndicatorListPage(String from, String to, List<IndicatorRow> indicators, boolean editor,
                                FormErrors errors, @Nullable String noticeKey) {

    /**
     * One indicator as listed; {@code value}, {@code percent} empty when there is none, {@code evidence} null for a
     * computed one.
     */
    public record IndicatorRow(long id, String name, String model, String measure, String periodFrom,
                               String periodTo, long target, String value, String percent,
                               @Nullable String evidence) {
    }
}
