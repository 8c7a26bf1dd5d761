package org.anhduong.identity.web;

import org.anhduong.identity.Organisation;
import org.anhduong.identity.internal.OrganisationInput;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** An organisation as the API shows it. */
record OrganisationJson(long id, String name, String kind, @Nullable Long parentId, @Nullable String phone,
                        @Nullable String email, @Nullable String address, List<String> localities, boolean active,
                        int version) {

    static OrganisationJson of(Organisation o) {
        return new OrganisationJson(o.id(), o.name(), o.kind().name(), o.parentId(), o.phone(), o.email(), o.address(),
                o.localities().stream().sorted().toList(), o.active(), o.version());
    }

    /**
     * An organisation as a client sends it. {@code active} defaults to true; {@code version} is needed for an update
     * unless {@code If-Match} carries it.
     */
    record Request(@Nullable String name, @Nullable String kind, @Nullable Long parentId, @Nullable String phone,
                   @Nullable String email, @Nullable String address, @Nullable List<String> localities,
                   @Nullable Boolean active, @Nullable Integer version) {

        OrganisationInput input() {
            return new OrganisationInput(name, kind, parentId, phone, email, address, localities, active == null || active);
        }
    }
}
