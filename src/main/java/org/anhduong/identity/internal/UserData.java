package org.anhduong.identity.internal;

import org.jspecify.annotations.Nullable;

import java.util.Set;

/** The editable fields of a user, already validated and normalised (phone in E.164). */
public record UserData(String username, String fullName, @Nullable String email, @Nullable String phone,
                       long organisationId, Set<String> roles, Set<String> localities, boolean active) {
}
