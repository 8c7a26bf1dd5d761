package org.anhduong.casework;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * A trafficking case's record. Until it is first saved it is {@link TraffickingDetails#reported()} with version 0.
 *
 * @param version   optimistic-locking version; give it back to {@link Trafficking#update}
 * @param steps     the identification steps, by date
 * @param updatedAt when it was last saved, or {@code null} when never
 * @param handovers the case's hand-overs, kept by {@link Handovers}: shown here, never copied
 */
public record TraffickingRecord(long caseId, int version, @JsonUnwrapped TraffickingDetails details,
                                List<IdentificationStep> steps, @Nullable Instant updatedAt,
                                List<HandoverSummary> handovers) {

    public TraffickingRecord {
        steps = List.copyOf(steps);
        handovers = List.copyOf(handovers);
    }
}
