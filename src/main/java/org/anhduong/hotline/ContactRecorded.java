package org.anhduong.hotline;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * A contact was recorded. Carries what reporting counts, never personal data (no phone, name or note), so the event
 * may be logged or stored by a publication registry. {@code counsellorId} is null for a missed call the telephony
 * system recorded.
 */
public record ContactRecorded(long contactId, long organisationId, @Nullable Long counsellorId, @Nullable Long lineId,
                              Channel channel, ContactType type, List<String> categories, boolean gbvRelated,
                              Urgency urgency, Instant receivedAt) {

    public ContactRecorded {
        categories = List.copyOf(categories);
    }
}
