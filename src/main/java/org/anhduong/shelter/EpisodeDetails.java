package org.anhduong.shelter;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

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
        // A blank choice posted by a form arrives as a null element; it is no choice, not a failure.
        support = support == null ? null : support.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        companionIds = companionIds == null ? null : companionIds.stream().filter(Objects::nonNull).toList();
    }
}
