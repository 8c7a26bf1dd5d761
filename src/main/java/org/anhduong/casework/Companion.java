package org.anhduong.casework;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;

/**
 * A stored companion.
 *
 * @param version   optimistic-locking version; give it back to {@link CaseManagement#updateCompanion} and
 *                  {@link CaseManagement#removeCompanion}
 * @param birthYear derived from the date of birth
 * @param details   as stored (date of birth in ISO form, name decrypted); in JSON at the top level
 */
public record Companion(long id, long caseId, int version, @Nullable Integer birthYear,
                        @JsonUnwrapped CompanionDetails details) {
}
