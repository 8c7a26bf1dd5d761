package org.anhduong.hotline;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * A contact in a list or a caller's history: what happened, never who (no phone, name or note), so lists need no
 * decryption. {@code counsellorId} is null (JSON {@code null}) for a missed call nobody answered.
 */
public record ContactSummary(long id, Instant receivedAt, @Nullable Long lineId, Channel channel, Direction direction,
                             ContactType type, List<String> categories, boolean gbvRelated, boolean selfHarm,
                             Urgency urgency, @Nullable Outcome outcome, boolean doNotCallBack, boolean caseRequested,
                             @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Long counsellorId) {

    public ContactSummary {
        categories = List.copyOf(categories);
    }
}
