package org.anhduong.geography;

import org.jspecify.annotations.Nullable;

/**
 * A diacritics-insensitive search: {@code "mong cai"} finds "Phường Móng Cái 1".
 *
 * @param query      words to find, any accents and case
 * @param parentCode only units under this province, when given
 * @param level      only this level, when given
 * @param limit      at most this many results (1–100)
 */
public record LocalitySearch(String query, @Nullable String parentCode, @Nullable LocalityLevel level, int limit) {
}
