package org.anhduong.hotline;

import org.jspecify.annotations.Nullable;

/**
 * Distinct contacts per TOP-LEVEL category (a root of {@link Hotline#categories()}): a contact counts once under each
 * top-level category it has a category in, itself or below it. A contact with two categories under DOMESTIC_VIOLENCE
 * counts once there; a contact with categories under two top-level categories counts once in each; a contact without
 * categories counts in none.
 *
 * @param communeCode the commune the contacts are about; null when not given
 * @param contacts    at least 1
 */
public record CategoryGroup(long organisationId, @Nullable String communeCode, String topCategoryCode, long contacts) {
}
