package org.anhduong.hotline;

import org.jspecify.annotations.Nullable;

public record ContactGroup(long organisationId, @Nullable String communeCode, @Nullable Long lineId, Channel channel,
                           Direction direction, ContactType type, Urgency urgency, boolean gbvRelated, long contacts) {
}
