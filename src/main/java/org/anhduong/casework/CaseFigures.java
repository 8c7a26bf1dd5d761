package org.anhduong.casework;

import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Case figures for the reports: counts over any period, organisation and set of communes, computed by the database
 * (a few grouped queries, not rows loaded into memory).
 *
 * <p>{@link #count}, {@link #facts} and {@link #incidents} run with the system's authority: they check no user and
 * record no audit event, and return counts or anonymous facts only; the caller (reporting) checks the role and audits
 * what it shows or exports. {@link #casesBehind} lists cases and so follows the case list's rules.
 */
public interface CaseFigures {

    /** Page size of {@link #casesBehind}. */
    int PAGE_SIZE = 20;

    /**
     * The figures of the period and scope; each counting rule is on {@link CaseCounts}.
     *
     * @throws InvalidInputException when {@code to} is before {@code from}
     */
    CaseCounts count(CaseFigureQuery query);

    /** For each known id (unknown ones are left out), the facts a report's scope needs. */
    Map<Long, CaseFacts> facts(Collection<Long> caseIds);

    /**
     * The anonymised incident dataset: one {@link IncidentRecord} per incident of the cases in scope that were open at
     * some moment of the period — opened before the end of its last day, and not closed throughout it (a case closed
     * before the period and reopened during it was open; one closed before it and still closed at its end was not).
     * Ordered by case opening, then incident.
     *
     * @throws InvalidInputException when {@code to} is before {@code from}
     */
    List<IncidentRecord> incidents(CaseFigureQuery query);

    /**
     * The cases behind one number of {@link #count}: the measure's cases, optionally only those with {@code value} in
     * {@code dimension} (as tallied), limited to those the signed-in user may read (her team's: the case list's rule),
     * newest first, {@link #PAGE_SIZE} a page. Users who do not work cases, and users outside the cases' teams, get an
     * empty page. Audited as a case list ({@code case.list}).
     *
     * @param page from 1
     * @throws InvalidInputException when {@code to} is before {@code from}, the page is below 1, or the value is not one
     *                               of the dimension's (or given without a dimension)
     */
    CasePage casesBehind(CaseFigureQuery query, CaseMeasure measure, @Nullable CaseDimension dimension,
                         @Nullable String value, int page);
}
