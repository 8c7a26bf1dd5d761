package org.anhduong.programme;

import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * Monitoring and evaluation: indicators with targets, values entered by hand with their evidence, supervision visits
 * with follow-up actions, and the programme summary. Same roles as {@link ProgrammeRegistry}; the summary is read by
 * every reader. Audit (record types {@code programme-indicator}, {@code programme-visit}, {@code programme-summary}):
 * {@code programme.indicator.create}, {@code programme.indicator.update}, {@code programme.indicator.value},
 * {@code programme.visit.create}, {@code programme.visit.update}, {@code programme.summary.export}.
 */
public interface ProgrammeMonitoring {

    Indicator createIndicator(IndicatorDetails details);

    /** @throws ConflictException {@code stale-version} */
    Indicator updateIndicator(long id, int version, IndicatorDetails details);

    /**
     * Adds a value entered by hand; the evidence note is required.
     *
     * @throws ConflictException {@code indicator-computed} when the indicator's value is computed from activities
     */
    Indicator addValue(long indicatorId, IndicatorValue value);

    Indicator indicator(long id);

    /** Every indicator, by period then name. */
    List<Indicator> indicators();

    Visit createVisit(VisitDetails details);

    Visit updateVisit(long id, int version, VisitDetails details);

    Visit visit(long id);

    /** Every visit, latest first. */
    List<Visit> visits();

    /**
     * The summary (see {@link ProgrammeSummary}) for a reader.
     *
     * @throws InvalidInputException when {@code to} is before {@code from} or the commune is unknown
     */
    ProgrammeSummary summary(LocalDate from, LocalDate to, @Nullable String communeCode);

    /** The same, audited as an export (the caller writes the file). */
    ProgrammeSummary summaryForExport(LocalDate from, LocalDate to, @Nullable String communeCode);
}
