package org.anhduong.casework.web;

import java.util.List;

/**
 * The search page: the form, and after a search the cases found and the organisations holding others.
 *
 * @param elsewhere names of organisations with a matching case the user may not read
 */
public record SearchPage(SearchForm form, FormErrors errors, boolean searched, List<CaseRow> rows,
                         List<String> elsewhere) {

    public SearchPage {
        rows = List.copyOf(rows);
        elsewhere = List.copyOf(elsewhere);
    }
}
