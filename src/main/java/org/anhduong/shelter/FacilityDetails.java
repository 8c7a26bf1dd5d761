package org.anhduong.shelter;

import org.jspecify.annotations.Nullable;

/**
 * A facility as an administrator describes it.
 *
 * @param organisationId  the organisation running it: its shelter staff see its placements and address
 * @param capacity        persons it can take at once, at least 1
 * @param communeCode     the commune it is in (administrative unit code), shown to everyone who sees the board
 * @param address         need-to-know, encrypted; shown only to its staff and to administrators
 * @param contactPerson   name and phone of the person to call; need-to-know, encrypted, like the address
 */
public record FacilityDetails(@Nullable Long organisationId, @Nullable String name, @Nullable FacilityKind kind,
                              @Nullable Integer capacity, @Nullable Boolean acceptsChildren,
                              @Nullable Boolean accessible, @Nullable String communeCode, @Nullable String address,
                              @Nullable String contactPerson, @Nullable Boolean active) {

    /** Never prints the need-to-know fields. */
    @Override
    public String toString() {
        return "FacilityDetails[kind=" + kind + ", capacity=" + capacity + "]";
    }
}
