package org.anhduong.programme;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/** A recorded visit with its follow-up actions in the order given. */
public record Visit(long id, int version, LocalDate visitedOn, @Nullable Long modelId, @Nullable String communeCode,
                    @Nullable String findings, @Nullable String recommendations, List<FollowUpAction> actions) {

    public Visit {
        actions = List.copyOf(actions);
    }
}
