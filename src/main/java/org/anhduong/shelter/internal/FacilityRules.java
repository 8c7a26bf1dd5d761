package org.anhduong.shelter.internal;

import org.anhduong.identity.UserDirectory;
import org.anhduong.shelter.Facility;
import org.anhduong.shelter.FacilityDetails;

/** What a facility must be: named, of a kind, run by an existing organisation, for at least one person. */
final class FacilityRules {

    static final int MAX_NAME = 200;
    static final int MAX_ADDRESS = 500;
    static final int MAX_CONTACT = 200;
    static final int MAX_CAPACITY = 10_000;

    private FacilityRules() {
    }

    /** @throws org.anhduong.platform.web.InvalidInputException naming every problem */
    static FacilityDetails checked(FacilityDetails d, UserDirectory directory) {
        var checks = new Checks();
        Long organisation = checks.required("organisationId", d.organisationId());
        if (organisation != null && directory.findOrganisation(organisation).isEmpty()) {
            checks.add("organisationId", "shelter.facility.noOrganisation");
        }
        String name = checks.required("name", checks.text("name", d.name(), MAX_NAME));
        checks.required("kind", d.kind());
        Integer capacity = checks.required("capacity", d.capacity());
        if (capacity != null && (capacity < 1 || capacity > MAX_CAPACITY)) {
            checks.add("capacity", "shelter.facility.capacityRange", MAX_CAPACITY);
        }
        String commune = checks.text("communeCode", d.communeCode(), 10);
        String address = checks.text("address", d.address(), MAX_ADDRESS);
        String contact = checks.text("contactPerson", d.contactPerson(), MAX_CONTACT);
        checks.throwIfAny();
        return new FacilityDetails(organisation, name, d.kind(), capacity, Boolean.TRUE.equals(d.acceptsChildren()),
                Boolean.TRUE.equals(d.accessible()), commune, address, contact, !Boolean.FALSE.equals(d.active()));
    }

    /** The details with the stored address and contact person where none was sent (they are not sent to most). */
    static FacilityDetails keepingSecrets(FacilityDetails d, Facility stored) {
        return new FacilityDetails(d.organisationId(), d.name(), d.kind(), d.capacity(), d.acceptsChildren(),
                d.accessible(), d.communeCode(), d.address() == null ? stored.address() : d.address(),
                d.contactPerson() == null ? stored.contactPerson() : d.contactPerson(), d.active());
    }
}
