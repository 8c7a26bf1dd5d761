package org.anhduong.geography.internal;

import org.anhduong.geography.LocalityLevel;
import org.anhduong.geography.LocalitySearch;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class SearchSqlTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Test
    void everyFoldedWordMustAppear() {
        SearchSql sql = SearchSql.of(new LocalitySearch("Móng  CÁI", null, null, 20), TODAY);

        assertThat(sql.sql().split("AND name_folded LIKE \\? ESCAPE", -1)).hasSize(3);
        assertThat(sql.params()).containsExactly(TODAY, TODAY, "%mong%", "%cai%", "% mong cai%", 20);
    }

    @Test
    void wildcardsMatchThemselves() {
        assertThat(SearchSql.escapeLike("50%_a\\b")).isEqualTo("50\\%\\_a\\\\b");
    }

    @Test
    void filtersByProvinceAndLevel() {
        SearchSql sql = SearchSql.of(new LocalitySearch("", "22", LocalityLevel.COMMUNE, 5), TODAY);

        assertThat(sql.sql()).contains("parent_code = ?").contains("level = ?").doesNotContain("AND name_folded LIKE");
        assertThat(sql.params()).containsExactly(TODAY, TODAY, "22", "COMMUNE", "% %", 5);
    }

    @Test
    void longQueriesAreCut() {
        assertThat(SearchSql.words("a b c d e f g h i j k l")).hasSize(SearchSql.MAX_WORDS);
    }
}
