package org.anhduong.hotline;

import org.jspecify.annotations.Nullable;

/**
 * A line as an administrator enters it.
 *
 * @param number digits, spaces, "+" and "-", 2–20 characters, unique within the organisation
 * @param active inactive lines stay on old contacts but cannot be chosen for new ones; true when absent
 */
public record LineInput(@Nullable String number, @Nullable String name, @Nullable Long organisationId,
                        @Nullable Boolean active) {
}
