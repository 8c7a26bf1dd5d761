package org.anhduong.identity.internal;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** An organisation as typed in a form or sent to the API, before validation. */
public record OrganisationInput(@Nullable String name, @Nullable String kind, @Nullable Long parentId,
                                @Nullable String phone, @Nullable String email, @Nullable String address,
                                @Nullable List<String> localities, boolean active) {
}
