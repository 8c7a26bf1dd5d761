package org.anhduong.shelter;

import org.jspecify.annotations.Nullable;

/**
 * A facility of the registry.
 *
 * @param version       optimistic-locking version; give it back to {@link ShelterRegistry#update}
 * @param address       null unless the reader may know it (the facility's staff, administrators)
 * @param contactPerson null unless the reader may know it, as the address
 * @param addressShown  whether the reader was given the need-to-know fields
 */
public record Facility(long id, int version, long organisationId, String name, FacilityKind kind, int capacity,
                       boolean acceptsChildren, boolean accessible, @Nullable String communeCode,
                       @Nullable String address, @Nullable String contactPerson, boolean active,
                       boolean addressShown) {

    @Override
    public String toString() {
        return "Facility[id=" + id + ", kind=" + kind + "]";
    }
}
