package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

import java.util.HashMap;
import java.util.Map;

/**
 * A safety assessment as the case worker fills it in with the default instrument.
 *
 * @param answers    item code → yes / no / null (not answered); codes left out are unanswered
 * @param safetyPlan the plan agreed with the client, optional
 */
public record NewAssessment(Map<String, @Nullable Boolean> answers, @Nullable String safetyPlan) {

    public NewAssessment {
        // HashMap, not Map.copyOf: an unanswered item may be sent as null.
        answers = answers == null ? Map.of() : new HashMap<>(answers);
    }
}
