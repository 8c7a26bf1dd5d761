package org.anhduong.casework.web;

import java.util.List;

/** A list of cases: my cases or the team's, one page. */
public record CaseListPage(String titleKey, String introKey, String path, List<CaseRow> rows, int page, boolean hasNext) {

    public CaseListPage {
        rows = List.copyOf(rows);
    }
}
