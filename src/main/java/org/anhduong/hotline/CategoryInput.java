package org.anhduong.hotline;

import org.jspecify.annotations.Nullable;

/**
 * A category as an administrator adds or changes it. On a change the code and the parent stay as they are (moving a
 * category would change what old contacts mean).
 *
 * @param code       upper-case letters, digits and "_", 2–40 characters, e.g. {@code GBV_ONLINE}
 * @param parentCode an existing category, or empty for a new root
 * @param active     inactive categories stay on old contacts but cannot be chosen for new ones; true when absent
 * @param sort       position among its siblings; 0 when absent
 */
public record CategoryInput(@Nullable String code, @Nullable String parentCode, @Nullable String nameVi,
                            @Nullable String nameEn, @Nullable Boolean gbv, @Nullable Boolean selfHarm,
                            @Nullable Boolean active, @Nullable Integer sort) {
}
