package org.anhduong.identity.internal;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** A user as typed in a form or sent to the API, before validation. */
public record UserInput(@Nullable String username, @Nullable String fullName, @Nullable String email,
                        @Nullable String phone, @Nullable Long organisationId, @Nullable List<String> roles,
                        @Nullable List<String> localities, boolean active) {
}
