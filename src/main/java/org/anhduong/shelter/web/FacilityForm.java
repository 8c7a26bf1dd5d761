package org.anhduong.shelter.web;

import org.anhduong.shelter.Facility;
import org.jspecify.annotations.Nullable;

/** The registry's form as posted: every field as typed; checkboxes present when ticked. */
public record FacilityForm(@Nullable Integer version, @Nullable String organisationId, @Nullable String name,
                           @Nullable String kind, @Nullable String capacity, @Nullable String acceptsChildren,
                           @Nullable String accessible, @Nullable String communeCode, @Nullable String address,
                           @Nullable String contactPerson, @Nullable String active) {

    static FacilityForm blank() {
        return new FacilityForm(0, null, null, null, null, null, null, null, null, null, "on");
    }

    static FacilityForm of(Facility f) {
        return new FacilityForm(f.version(), String.valueOf(f.organisationId()), f.name(), f.kind().name(),
                String.valueOf(f.capacity()), f.acceptsChildren() ? "on" : null, f.accessible() ? "on" : null,
                f.communeCode(), f.address(), f.contactPerson(), f.active() ? "on" : null);
    }

    public String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
