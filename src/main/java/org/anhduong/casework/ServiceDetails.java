package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A service as recorded or corrected. The provider is an active organisation or a name of at most
 * {@value #MAX_PROVIDER} characters, not both; neither means the case's own organisation.
 */
public record ServiceDetails(@Nullable ServiceType type, @Nullable LocalDate givenOn,
                             @Nullable Long providerOrganisationId, @Nullable String providerName,
                             @Nullable String outcome) {

    public static final int MAX_PROVIDER = 200;
}
