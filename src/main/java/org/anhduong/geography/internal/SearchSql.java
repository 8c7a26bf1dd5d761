package org.anhduong.geography.internal;

import org.anhduong.platform.text.VietnameseText;
import org.anhduong.geography.LocalitySearch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The SQL of a search on the folded names: every word must appear somewhere in the name, and names where the whole
 * query starts a word come first ("mong cai" ranks "Phường Móng Cái 1" above a name that merely contains both words).
 * Wildcards typed by the user match themselves.
 */
record SearchSql(String sql, List<Object> params) {

    /** Enough for any unit's name; more words only make the statement longer. */
    static final int MAX_WORDS = 10;

    static SearchSql of(LocalitySearch search, LocalDate date) {
        String folded = VietnameseText.fold(search.query());
        List<Object> params = new ArrayList<>(List.of(date, date));
        StringBuilder sql = new StringBuilder(LocalityVersions.SELECT + " WHERE " + LocalityVersions.VALID_ON);
        for (String word : words(folded)) {
            sql.append(" AND name_folded LIKE ? ESCAPE '\\'");
            params.add("%" + escapeLike(word) + "%");
        }
        if (search.parentCode() != null) {
            sql.append(" AND parent_code = ?");
            params.add(search.parentCode());
        }
        if (search.level() != null) {
            sql.append(" AND level = ?");
            params.add(search.level().name());
        }
        sql.append(" ORDER BY CASE WHEN (' ' || name_folded) LIKE ? ESCAPE '\\' THEN 0 ELSE 1 END, name_folded, code LIMIT ?");
        params.add("% " + escapeLike(folded) + "%");
        params.add(search.limit());
        return new SearchSql(sql.toString(), List.copyOf(params));
    }

    static List<String> words(String folded) {
        return Arrays.stream(folded.split(" ")).filter(w -> !w.isEmpty()).limit(MAX_WORDS).toList();
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
