package org.anhduong.identity;

import org.jspecify.annotations.Nullable;

import java.util.Set;

/** An organisation taking part in the response network, with the administrative units it covers. */
public record Organisation(long id, String name, OrganisationKind kind, @Nullable Long parentId, @Nullable String phone,
                           @Nullable String email, @Nullable String address, Set<String> localities, boolean active,
                           int version) {
}
