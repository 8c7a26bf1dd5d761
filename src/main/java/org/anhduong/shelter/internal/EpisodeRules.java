package org.anhduong.shelter.internal;

import org.anhduong.casework.Companion;
import org.anhduong.shelter.EpisodeDetails;
import org.anhduong.shelter.SupportType;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an episode must be: a start not ahead of today, an end not before it, at least one kind of support, and
 * companions of the case only, each once.
 */
final class EpisodeRules {

    /** The episode as kept. */
    record Valid(LocalDate startedOn, @Nullable LocalDate endedOn, Set<SupportType> support, List<Long> companionIds) {
    }

    private EpisodeRules() {
    }

    /**
     * @param fixedStart the stored start of an episode being changed (it does not move); null for a new one
     * @throws org.anhduong.platform.web.InvalidInputException naming every problem
     */
    static Valid checked(EpisodeDetails d, @Nullable LocalDate fixedStart, List<Companion> companions,
                         LocalDate today) {
        var checks = new Checks();
        LocalDate start = fixedStart != null ? fixedStart : checks.required("startedOn", d.startedOn());
        checks.notAfter("startedOn", start, today);
        checks.notAfter("endedOn", d.endedOn(), today);
        checks.notBefore("endedOn", d.endedOn(), start);
        if (d.support() == null || d.support().isEmpty()) {
            checks.add("support", "shelter.episode.supportRequired");
        }
        List<Long> chosen = chosen(d.companionIds(), companions, checks);
        checks.throwIfAny();
        return new Valid(start, d.endedOn(), Set.copyOf(d.support()), chosen);
    }

    /** The companions chosen, each once, in the order given; a problem for each id that is not the case's. */
    static List<Long> chosen(@Nullable List<Long> ids, List<Companion> companions, Checks checks) {
        Set<Long> unique = new LinkedHashSet<>();
        List<Long> given = ids == null ? List.of() : ids;
        for (int i = 0; i < given.size(); i++) {
            Long id = given.get(i);
            if (id == null || companions.stream().noneMatch(c -> c.id() == id)) {
                checks.add("companionIds[" + i + "]", "shelter.episode.notCompanion");
            } else {
                unique.add(id);
            }
        }
        return new ArrayList<>(unique);
    }
}
