package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A note on a case. Notes are never changed: {@code corrects} names the earlier note this one corrects.
 */
public record CaseNote(long id, long caseId, String text, @Nullable Long corrects, long authorId, Instant writtenAt) {
}
