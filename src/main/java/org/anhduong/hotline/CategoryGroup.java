package org.anhduong.hotline;

import org.jspecify.annotations.Nullable;

public record CategoryGroup(long organisationId, @Nullable String communeCode, String topCategoryCode, long contacts) {
}
