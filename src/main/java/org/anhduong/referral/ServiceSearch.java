package org.anhduong.referral;

import org.anhduong.casework.EspSector;
import org.jspecify.annotations.Nullable;

/**
 * A directory search: any of a service type (the need), a sector, a commune, and words of the service's or the
 * organisation's name, compared without diacritics. Inactive services only when asked.
 */
public record ServiceSearch(@Nullable ServiceType serviceType, @Nullable EspSector sector, @Nullable String communeCode,
                            @Nullable String text, boolean includeInactive) {

    public static ServiceSearch forNeed(@Nullable ServiceType serviceType, @Nullable String communeCode) {
        return new ServiceSearch(serviceType, null, communeCode, null, false);
    }
}
