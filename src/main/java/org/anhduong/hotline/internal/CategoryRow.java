package org.anhduong.hotline.internal;

import org.jspecify.annotations.Nullable;

/** One row of hotline_categories. */
record CategoryRow(String code, @Nullable String parentCode, boolean gbv, boolean selfHarm, String nameVi,
                   String nameEn, boolean active, int sort, int version) {
}
