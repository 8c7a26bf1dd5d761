package org.anhduong.programme;

import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * The programme's figures for reporting's period report. Runs with the system's authority (no user needed), returns
 * counts only, records no audit.
 */
public interface ProgrammeFigures {

    /**
     * The summary of a period (both days included) for a commune, or the whole province when {@code communeCode} is
     * null; see {@link ProgrammeSummary} for what counts.
     *
     * @throws InvalidInputException when {@code to} is before {@code from}
     */
    ProgrammeSummary summary(LocalDate from, LocalDate to, @Nullable String communeCode);
}
