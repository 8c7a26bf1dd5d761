package org.anhduong.geography.web;

import java.util.List;

/**
 * The search form and its results, shared by the page and the htmx fragment.
 *
 * @param searched  false before the user typed a query or chose a province: the page then lists nothing
 * @param truncated true when the list reached its limit, so more units may match
 */
public record SearchView(String query, String province, List<ProvinceOption> provinces, List<LocalityRow> rows,
                         boolean searched, boolean truncated) {
}
