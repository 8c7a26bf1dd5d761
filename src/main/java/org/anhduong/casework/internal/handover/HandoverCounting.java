package org.anhduong.casework.internal.handover;

import org.anhduong.casework.HandoverCounts;
import org.anhduong.casework.HandoverTo;
import org.anhduong.casework.internal.FigureScope;
import org.anhduong.platform.web.InvalidInputException;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * The reports' hand-over counts ({@link org.anhduong.casework.Handovers#traffickingCounts}), within a report's scope
 * for the case figures. System authority: no user checked, no audit, counts only.
 */
@Component
public class HandoverCounting {

    private final HandoverQueries queries;

    HandoverCounting(HandoverQueries queries) {
        this.queries = queries;
    }

    /**
     * Trafficking cases in the scope handed over to their family and to an organisation in the period, by sex.
     *
     * @throws InvalidInputException when {@code to} is before {@code from}
     */
    public HandoverCounts traffickingCounts(LocalDate from, LocalDate to, FigureScope scope) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "casework.handover.periodOrder");
        }
        return new HandoverCounts(from, to, queries.traffickingCases(HandoverTo.TO_FAMILY, from, to, scope),
                queries.traffickingCases(HandoverTo.TO_ORGANISATION, from, to, scope));
    }
}
