package org.anhduong.programme;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** An indicator with its target for a period, for one model or (model null) the whole programme. */
public record IndicatorDetails(@Nullable String name, @Nullable IndicatorMeasure measure, @Nullable Long modelId,
                               @Nullable LocalDate periodFrom, @Nullable LocalDate periodTo, @Nullable Long target) {
}
