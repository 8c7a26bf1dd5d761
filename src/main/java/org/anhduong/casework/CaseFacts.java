package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

/**
 * What another module's figures need to apply a report's scope ({@link CaseFigureQuery}) to its per-case rows.
 *
 * @param organisationId    the case's current organisation
 * @param communeCode       the case's commune, null when unknown
 * @param statisticsConsent whether the client's consent to statistics holds today (the rule of {@link CaseCounts})
 */
public record CaseFacts(long caseId, long organisationId, @Nullable String communeCode, boolean statisticsConsent) {
}
