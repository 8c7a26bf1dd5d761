package org.anhduong.hotline;

import org.jspecify.annotations.Nullable;

/**
 * How many contacts of the period share all these values.
 *
 * @param organisationId the organisation that took the contacts
 * @param communeCode    the commune the contacts are about ({@code Localities} code); null when not given
 * @param lineId         the hotline line ({@link HotlineLine#id()}); null for contacts not on a line (walk-ins,
 *                       messages…)
 * @param gbvRelated     a category of the contact is GBV-related (as stored when it was saved)
 * @param contacts       at least 1
 */
public record ContactGroup(long organisationId, @Nullable String communeCode, @Nullable Long lineId, Channel channel,
                           Direction direction, ContactType type, Urgency urgency, boolean gbvRelated, long contacts) {
}
