package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * The revocation of a granted prohibition of contact.
 *
 * @param revokedOn the day, not before the decision and not in the future
 * @param reason    why; encrypted, required, at most 2000 characters
 */
public record OrderRevocation(@Nullable LocalDate revokedOn, @Nullable String reason) {
}
