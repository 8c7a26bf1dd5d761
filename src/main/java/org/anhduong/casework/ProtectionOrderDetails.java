package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Set;

/**
 * A prohibition of contact as a case worker records it.
 *
 * @param requestedAt   when it was requested; not in the future
 * @param decision      what the issuer decided; {@code null} while undecided
 * @param decidedAt     when it was decided; with a decision only, not before the request
 * @param startsAt      when a granted order starts; required once granted
 * @param endsAt        when it ends; after its start, at most 3 days after it for a commune chair
 * @param perpetratorId the incident perpetrator it concerns (one of the case's), when known; kept as his place in
 *                      his incident, so that it names him (with his new id) after the incident is edited
 * @param notified      who was told of it
 * @param notifiedNote  a note on the notification, e.g. how; encrypted, at most 1000 characters
 */
public record ProtectionOrderDetails(@Nullable OrderIssuer issuer, @Nullable Instant requestedAt,
                                     @Nullable OrderDecision decision, @Nullable Instant decidedAt,
                                     @Nullable Instant startsAt, @Nullable Instant endsAt,
                                     @Nullable Long perpetratorId, @Nullable Set<NotifiedParty> notified,
                                     @Nullable String notifiedNote) {

    public ProtectionOrderDetails {
        notified = notified == null ? Set.of() : Set.copyOf(notified);
    }
}
