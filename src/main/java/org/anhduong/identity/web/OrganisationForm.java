package org.anhduong.identity.web;

import org.anhduong.identity.Organisation;
import org.anhduong.identity.internal.OrganisationInput;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The organisation form as posted: kept exactly as typed so an invalid form comes back with the user's input.
 * {@code localities} is one text of codes separated by commas or spaces; {@code version} is the hidden field that
 * detects a concurrent change.
 */
public record OrganisationForm(@Nullable String name, @Nullable String kind, @Nullable Long parentId,
                               @Nullable String phone, @Nullable String email, @Nullable String address,
                               @Nullable String localities, boolean active, @Nullable Integer version) {

    static OrganisationForm blank() {
        return new OrganisationForm(null, null, null, null, null, null, null, true, null);
    }

    static OrganisationForm of(Organisation o) {
        return new OrganisationForm(o.name(), o.kind().name(), o.parentId(), o.phone(), o.email(), o.address(),
                String.join(", ", o.localities().stream().sorted().toList()), o.active(), o.version());
    }

    OrganisationInput input() {
        return new OrganisationInput(name, kind, parentId, phone, email, address,
                localities == null ? null : List.of(localities), active);
    }

    public String parentValue() {
        return parentId == null ? "" : parentId.toString();
    }
}
