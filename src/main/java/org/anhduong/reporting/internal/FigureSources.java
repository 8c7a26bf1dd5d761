package org.anhduong.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anhduong.casework.CaseCounts;
import org.anhduong.casework.CaseFacts;
import org.anhduong.casework.CaseFigureQuery;
import org.anhduong.hotline.ContactCounts;
import org.jspecify.annotations.Nullable;

/**
 * The other modules' figures, as reporting reads them: through their figures APIs only, with shelter's and referral's
 * rows reduced to what reporting counts. One seam, so the counting can be tested without a database.
 */
interface FigureSources {

    ContactCounts contacts(LocalDate from, LocalDate to);

    CaseCounts cases(CaseFigureQuery query);

    Map<Long, CaseFacts> caseFacts(Collection<Long> caseIds);

    List<ShelterRows.Episode> episodes(LocalDate from, LocalDate to);

    List<ShelterRows.Stay> stays(LocalDate from, LocalDate to);

    List<ShelterRows.Care> care(LocalDate on);

    /** Referrals with a step in [start, end). */
    List<ReferralCounting.Row> referrals(Instant start, Instant end);

    /**
     * The commune codes a record may carry to belong to today's commune {@code commune} in a period starting on
     * {@code from}: the code itself, and for a period before 1 July 2025 the codes of the units merged into it.
     */
    Set<String> communeCodes(String commune, LocalDate from);

    /** The prevention programme's figures; commune null for the province. */
    org.anhduong.programme.ProgrammeSummary programme(LocalDate from, LocalDate to, @Nullable String commune);

    LocalDate today();
}
