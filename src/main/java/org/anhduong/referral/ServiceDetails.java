package org.anhduong.referral;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Set;

/**
 * What an administrator writes about a service.
 *
 * @param communeCodes  the communes covered; ignored when {@code provinceWide}
 * @param openingHours  e.g. "7:30–17:00, thứ Hai–thứ Sáu"; may be empty when {@code open24h}
 * @param languages     ISO codes such as "vi", "en", or the name of an ethnic minority language
 * @param publicFields  which fields may be published
 */
public record ServiceDetails(@Nullable Long organisationId, @Nullable String name, @Nullable ServiceType serviceType,
                             @Nullable Boolean provinceWide, @Nullable List<String> communeCodes, @Nullable Boolean open24h,
                             @Nullable String openingHours, @Nullable String contactPhone,
                             @Nullable String contactEmail, @Nullable String contactPerson,
                             @Nullable List<String> languages, @Nullable Set<Eligibility> eligibility,
                             @Nullable String capacityNotes, @Nullable Set<PublicField> publicFields,
                             @Nullable Boolean active) {

    public boolean wholeProvince() {
        return Boolean.TRUE.equals(provinceWide);
    }

    public boolean allDayAndNight() {
        return Boolean.TRUE.equals(open24h);
    }
}
