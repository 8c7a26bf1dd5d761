package org.anhduong.casework;

import java.util.List;
import java.util.Map;

/**
 * A case's consents, newest first, and what they allow today for each purpose when no particular recipient is named
 * (the organisation's own work, statistics, sharing with anyone).
 */
public record ConsentOverview(List<Consent> consents, Map<ConsentPurpose, ConsentDecision> current) {

    public ConsentOverview {
        consents = List.copyOf(consents);
        current = Map.copyOf(current);
    }
}
