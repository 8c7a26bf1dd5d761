package org.anhduong.shelter.internal;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The nights of a stay, {@code [from, until)}: the night of {@code from} up to the night before {@code until}; open
 * when {@code until} is null. A stay ending the day it begins holds no night.
 */
record Stay(LocalDate from, @Nullable LocalDate until) {

    boolean covers(LocalDate night) {
        return !night.isBefore(from) && (until == null || night.isBefore(until));
    }

    boolean empty() {
        return until != null && !until.isAfter(from);
    }

    boolean overlaps(Stay other) {
        if (empty() || other.empty()) {
            return false;
        }
        return (other.until == null || from.isBefore(other.until)) && (until == null || other.from.isBefore(until));
    }

    /** The nights of this stay from {@code first} to {@code last}, both included, an open stay ending before {@code end}. */
    long nightsWithin(LocalDate first, LocalDate last, LocalDate end) {
        LocalDate start = from.isAfter(first) ? from : first;
        LocalDate stop = until == null || until.isAfter(end) ? end : until;
        LocalDate afterLast = last.plusDays(1);
        if (stop.isAfter(afterLast)) {
            stop = afterLast;
        }
        return stop.isAfter(start) ? ChronoUnit.DAYS.between(start, stop) : 0;
    }
}
