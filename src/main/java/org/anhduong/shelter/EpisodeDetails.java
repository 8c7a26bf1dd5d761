package org.anhduong.shelter;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An emergency support episode as a case worker gives it. The client is always a person supported; the companions
 * are those of the case chosen by id.
 *
 * @param endedOn      null while support goes on
 * @param companionIds casework's ids of the companions supported, each counted once however often given
 */
public record EpisodeDetails(@Nullable LocalDate startedOn, @Nullable LocalDate endedOn,
                             @Nullable Set<SupportType> support, @Nullable List<Long> companionIds) {

    public EpisodeDetails {
        support = support == null ? null : Set.copyOf(support);
        companionIds = companionIds == null ? null : List.copyOf(companionIds);
    }
}
