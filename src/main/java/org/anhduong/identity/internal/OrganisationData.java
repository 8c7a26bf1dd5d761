package org.anhduong.identity.internal;

import org.anhduong.identity.OrganisationKind;
import org.jspecify.annotations.Nullable;

import java.util.Set;

/** The editable fields of an organisation, already validated and normalised. */
public record OrganisationData(String name, OrganisationKind kind, @Nullable Long parentId, @Nullable String phone,
                               @Nullable String email, @Nullable String address, Set<String> localities, boolean active) {
}
