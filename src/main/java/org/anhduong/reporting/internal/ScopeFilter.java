package org.anhduong.reporting.internal;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which records a report counts, applied to the rows other modules return: one organisation (or all), a set of
 * commune codes (empty for all) and, for external reports, only cases whose client consented to statistics.
 */
public record ScopeFilter(@Nullable Long organisationId, Set<String> communeCodes, boolean statisticsConsentOnly) {

    public ScopeFilter {
        communeCodes = Set.copyOf(communeCodes);
    }

    public static ScopeFilter everything() {
        return new ScopeFilter(null, Set.of(), false);
    }

    public boolean includes(long organisation, @Nullable String commune) {
        return (organisationId == null || organisationId == organisation)
                && (communeCodes.isEmpty() || commune != null && communeCodes.contains(commune));
    }

    public boolean includesCase(long organisation, @Nullable String commune, boolean statisticsConsent) {
        return includes(organisation, commune) && (!statisticsConsentOnly || statisticsConsent);
    }
}
