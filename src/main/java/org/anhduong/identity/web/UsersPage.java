package org.anhduong.identity.web;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** View model of the user list: the search as typed, the organisation filter and the users found. */
public record UsersPage(@Nullable String query, @Nullable Long organisationId, List<Option> organisations,
                        List<Row> rows) {

    public String organisationValue() {
        return organisationId == null ? "" : organisationId.toString();
    }

    /** One user; {@code roles} are role codes, shown as badges. */
    public record Row(long id, String username, String fullName, String organisation, List<String> roles,
                      UserStatus status) {
    }
}
