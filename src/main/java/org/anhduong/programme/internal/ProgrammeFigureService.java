package org.anhduong.programme.internal;

import org.anhduong.programme.ProgrammeFigures;
import org.anhduong.programme.ProgrammeSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import java.time.LocalDate;

/** The figures for reporting (see {@link ProgrammeFigures}): the system's authority, counts only, no audit. */
@Service
class ProgrammeFigureService implements ProgrammeFigures {

    private final SummaryCounter counter;

    ProgrammeFigureService(SummaryCounter counter) {
        this.counter = counter;
    }

    @Override
    public ProgrammeSummary summary(LocalDate from, LocalDate to, @Nullable String communeCode) {
        return counter.summary(from, to, communeCode);
    }
}
