package org.anhduong.referral;

import org.anhduong.casework.EspSector;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A service of the directory, as staff see it. */
public record ServiceOffer(long id, int version, long organisationId, String organisationName, String name,
                           ServiceType serviceType, EspSector sector, boolean provinceWide, List<String> communeCodes,
                           boolean open24h, @Nullable String openingHours, @Nullable String contactPhone,
                           @Nullable String contactEmail, @Nullable String contactPerson, List<String> languages,
                           Set<Eligibility> eligibility, @Nullable String capacityNotes, Set<PublicField> publicFields,
                           boolean active, Instant updatedAt) {

    public ServiceOffer {
        communeCodes = List.copyOf(communeCodes);
        languages = List.copyOf(languages);
        eligibility = Set.copyOf(eligibility);
        publicFields = Set.copyOf(publicFields);
    }

    /** Whether the service is offered in the commune (province-wide services everywhere). */
    public boolean covers(@Nullable String communeCode) {
        return provinceWide || communeCode == null || communeCodes.contains(communeCode);
    }
}
