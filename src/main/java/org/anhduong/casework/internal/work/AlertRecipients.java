package org.anhduong.casework.internal.work;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * Who is alerted about a case: its own supervisor when it has one, because she knows it; otherwise every supervisor
 * of its organisation, so that a case without a supervisor is not left without anyone told.
 */
final class AlertRecipients {

    private AlertRecipients() {
    }

    static List<Long> of(@Nullable Long caseSupervisor, List<Long> organisationSupervisors) {
        return caseSupervisor != null ? List.of(caseSupervisor)
                : organisationSupervisors.stream().distinct().sorted().toList();
    }
}
