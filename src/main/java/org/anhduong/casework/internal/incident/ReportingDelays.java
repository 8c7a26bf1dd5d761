package org.anhduong.casework.internal.incident;

import org.anhduong.casework.ReportingDelay;
import org.anhduong.platform.time.PartialDate;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The GBVIMS reporting-delay band of an incident. A partial date is a range of days; the band is known only when both
 * ends of the range fall in the same one, otherwise it is UNKNOWN rather than a guess.
 */
final class ReportingDelays {

    private ReportingDelays() {
    }

    /**
     * @param caseOpened the day the case was opened: the survivor reported then
     * @param recorded   the day the incident was recorded, for an incident that happened after the case was opened
     */
    static ReportingDelay of(@Nullable PartialDate incident, LocalDate caseOpened, LocalDate recorded) {
        if (incident == null) {
            return ReportingDelay.UNKNOWN;
        }
        LocalDate reported = incident.earliest().isAfter(caseOpened) ? recorded : caseOpened;
        ReportingDelay early = band(incident.earliest(), reported);
        ReportingDelay late = band(incident.latest(), reported);
        return early == late ? early : ReportingDelay.UNKNOWN;
    }

    private static ReportingDelay band(LocalDate happened, LocalDate reported) {
        long days = ChronoUnit.DAYS.between(happened, reported);
        if (days < 0) {
            return ReportingDelay.UNKNOWN;
        }
        if (days <= 3) {
            return ReportingDelay.DAYS_0_3;
        }
        if (days <= 5) {
            return ReportingDelay.DAYS_4_5;
        }
        if (days <= 14) {
            return ReportingDelay.DAYS_6_14;
        }
        return happened.plusMonths(1).isBefore(reported) ? ReportingDelay.OVER_A_MONTH : ReportingDelay.DAYS_15_TO_MONTH;
    }
}
