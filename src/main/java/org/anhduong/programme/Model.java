package org.anhduong.programme;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A model of the registry.
 *
 * @param version  optimistic-locking version; its ETag comes back as If-Match on changes
 * @param statuses its status history, oldest first; the last one is the current status
 */
public record Model(long id, int version, String name, String kind, boolean pilot, @Nullable String programmePeriod,
                    @Nullable Long leadOrganisationId, @Nullable String partners, @Nullable String funders,
                    @Nullable String objectives, @Nullable String description, List<String> communes,
                    List<StatusSpan> statuses) {

    public Model {
        communes = List.copyOf(communes);
        statuses = List.copyOf(statuses);
    }

    public StatusSpan currentStatus() {
        return statuses.getLast();
    }
}
