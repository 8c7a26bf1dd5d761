package org.anhduong.casework.web;

import org.anhduong.casework.ProtectionOrder;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The prohibition-of-contact form as posted or as stored: texts, so a refused form comes back as typed.
 *
 * @param orderId the order edited, or {@code null} for a new one
 */
public record ProtectionForm(@Nullable Long orderId, @Nullable Integer version, @Nullable String issuer,
                             @Nullable String requestedAt, @Nullable String decision, @Nullable String decidedAt,
                             @Nullable String startsAt, @Nullable String endsAt, @Nullable String perpetratorId,
                             @Nullable List<String> notified, @Nullable String notifiedNote) {

    static ProtectionForm empty() {
        return new ProtectionForm(null, null, null, null, null, null, null, null, null, List.of(), null);
    }

    static ProtectionForm of(ProtectionOrder stored) {
        var d = stored.details();
        return new ProtectionForm(stored.id(), stored.version(), d.issuer() == null ? null : d.issuer().name(),
                DateTimeValues.shown(d.requestedAt()), d.decision() == null ? null : d.decision().name(),
                DateTimeValues.shown(d.decidedAt()), DateTimeValues.shown(d.startsAt()),
                DateTimeValues.shown(d.endsAt()), d.perpetratorId() == null ? null : d.perpetratorId().toString(),
                d.notified().stream().map(Enum::name).toList(), d.notifiedNote());
    }

    public String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    public boolean notifies(String party) {
        return notified != null && notified.contains(party);
    }
}
