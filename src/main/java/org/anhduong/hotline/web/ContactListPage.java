package org.anhduong.hotline.web;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The contact list: filters, one page of rows, and the phone search (posted, so the number never reaches a URL).
 *
 * @param categories the category tree flattened for a select, children indented
 * @param gbvChoices "true" (GBV-related only) and "false" (the others)
 * @param total      all contacts matching the filters (or of the number searched)
 * @param phone      the number searched, re-shown in its field after the POST; null when listing by filters
 * @param phoneError the phone search's problem, or empty
 */
public record ContactListPage(ListFilters filters, FormErrors errors, List<Choice> lines, List<Choice> types,
                              List<Choice> categories, List<Choice> counsellors, List<Choice> urgencies,
                              List<Choice> channels, List<Choice> directions, List<Choice> gbvChoices,
                              List<ContactRow> rows, long total, boolean hasNext, @Nullable String phone,
                              String phoneError) {

    public boolean byPhone() {
        return phone != null;
    }

    public boolean hasPrevious() {
        return !byPhone() && filters.pageNumber() > 1;
    }

    public long pages() {
        return Math.max(1, (total + org.anhduong.hotline.ContactQuery.DEFAULT_SIZE - 1)
                / org.anhduong.hotline.ContactQuery.DEFAULT_SIZE);
    }
}
