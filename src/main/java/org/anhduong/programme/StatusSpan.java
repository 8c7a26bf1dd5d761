package org.anhduong.programme;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A model's status from a day to a day (both included); {@code to} null while it lasts. */
public record StatusSpan(ModelStatus status, LocalDate from, @Nullable LocalDate to) {

    /** Whether the span shares at least one day with the period. */
    public boolean overlaps(LocalDate periodFrom, LocalDate periodTo) {
        return !from.isAfter(periodTo) && (to == null || !to.isBefore(periodFrom));
    }
}
