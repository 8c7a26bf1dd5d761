package org.anhduong.casework;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;

/**
 * A stored client. Her names are not in it: lists and the case file show the survivor code, and the name is revealed on
 * request ({@link CaseManagement#revealName}), audited each time. Everything else is here, decrypted, for the team.
 *
 * @param version   optimistic-locking version; give it back to {@link CaseManagement#updateClient}
 * @param birthYear derived from the date of birth
 * @param details   the stored details with {@code fullName} and {@code otherNames} left out; in JSON at the top level
 * @param named     whether a full name is stored (so screens can offer "show name")
 */
public record Client(long id, int version, String survivorCode, long organisationId, @Nullable Integer birthYear,
                     @JsonUnwrapped ClientDetails details, boolean named) {
}
