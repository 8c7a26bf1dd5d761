package org.anhduong.audit;

import org.jspecify.annotations.Nullable;

/**
 * Result of walking the audit chain.
 *
 * @param intact        true when every event's hash matches its content and its predecessor
 * @param eventsChecked how many events were read
 * @param firstBrokenId the id of the first event whose hash does not match, when not intact
 */
public record ChainVerification(boolean intact, long eventsChecked, @Nullable Long firstBrokenId) {
}
