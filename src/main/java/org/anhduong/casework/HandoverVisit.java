package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded follow-up visit after a hand-over, decrypted for the case's team. */
public record HandoverVisit(long id, LocalDate visitedOn, @Nullable String visitedBy, Wellbeing wellbeing,
                            @Nullable String notes, long recordedBy, Instant recordedAt) {
}
