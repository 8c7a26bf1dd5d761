package org.anhduong.hotline;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** One page of contacts, newest first, with the number of all matching contacts. */
public record ContactPage(List<ContactSummary> items, int page, int size, long total) {

    public ContactPage {
        items = List.copyOf(items);
    }

    @JsonProperty
    public boolean hasNext() {
        return (long) page * size < total;
    }
}
