package org.anhduong.identity.web;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** View model of the organisation list: the search as typed and the matching organisations. */
public record OrganisationsPage(@Nullable String query, List<Row> rows) {

    /** One organisation; {@code kind} is the enum name, {@code parent} the parent's name or empty. */
    public record Row(long id, String name, String kind, String parent, boolean active) {
    }
}
