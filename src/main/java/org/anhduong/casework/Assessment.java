package org.anhduong.casework;

import org.anhduong.casework.RiskResult.Level;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One safety assessment of a case, scored when it was made: a later change to the instrument does not rewrite it.
 *
 * @param answers    item code → yes/no; unanswered items are absent (and listed in {@code unanswered})
 * @param redFlags   red-flag items answered yes, in the instrument's order
 * @param safetyPlan the plan agreed with the client, in prose; null when none was written
 */
public record Assessment(long id, long caseId, String instrumentCode, Map<String, Boolean> answers, int total,
                         Level level, List<String> redFlags, List<String> unanswered, @Nullable String safetyPlan,
                         long assessedBy, Instant assessedAt) {

    public Assessment {
        answers = Map.copyOf(answers);
        redFlags = List.copyOf(redFlags);
        unanswered = List.copyOf(unanswered);
    }
}
