package org.anhduong.casework.web;

import org.anhduong.casework.CaseSearch;
import org.jspecify.annotations.Nullable;

/** The search form, posted so that no name, phone or ID ever appears in a URL. */
public record SearchForm(@Nullable String caseNumber, @Nullable String survivorCode, @Nullable String phone,
                         @Nullable String idNumber, @Nullable String name) {

    static final SearchForm EMPTY = new SearchForm(null, null, null, null, null);

    CaseSearch toSearch() {
        return new CaseSearch(caseNumber, survivorCode, phone, idNumber, name);
    }

    @Override
    public String toString() {
        return "SearchForm[…]";
    }
}
