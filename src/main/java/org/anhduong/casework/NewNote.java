package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

/** A note to add; {@code corrects} names an earlier note of the case it corrects. */
public record NewNote(@Nullable String text, @Nullable Long corrects) {
}
