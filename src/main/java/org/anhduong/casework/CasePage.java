package org.anhduong.casework;

import java.util.List;

/** One page of a case list, newest first. */
public record CasePage(List<CaseSummary> items, int page, int size, long total) {

    public CasePage {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return (long) page * size < total;
    }
}
