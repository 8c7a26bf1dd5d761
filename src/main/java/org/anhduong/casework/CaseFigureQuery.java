package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Set;

/**
 * The period and scope of a figure (see {@link CaseCounts} for how each is applied).
 *
 * @param from                   first local day of the period (Asia/Ho_Chi_Minh)
 * @param to                     last local day of the period, included
 * @param organisationId         only cases whose current organisation ({@code casework_cases.organisation_id}) it is;
 *                               null for every organisation
 * @param communeCodes           only cases whose commune is one of these; empty for all (then cases without a
 *                               commune count too)
 * @param statisticsConsentOnly  only cases whose client's consent to statistics holds today
 */
public record CaseFigureQuery(LocalDate from, LocalDate to, @Nullable Long organisationId, Set<String> communeCodes,
                              boolean statisticsConsentOnly) {

    public CaseFigureQuery {
        communeCodes = Set.copyOf(communeCodes);
    }
}
