package org.anhduong.programme;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A value entered by hand for a {@link IndicatorMeasure#MANUAL} indicator, with the evidence it rests on. */
public record IndicatorValue(@Nullable LocalDate measuredOn, @Nullable Long amount, @Nullable String evidence) {
}
