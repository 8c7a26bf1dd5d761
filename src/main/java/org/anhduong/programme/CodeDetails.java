package org.anhduong.programme;

import org.jspecify.annotations.Nullable;

/** A new or renamed code of an extendable list; {@code active} false stops offering it. */
public record CodeDetails(@Nullable String code, @Nullable String nameVi, @Nullable String nameEn,
                          @Nullable Boolean active) {
}
