package org.anhduong.casework;

import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.NotFoundException;

import java.time.LocalDate;
import java.util.List;

/**
 * Hand-over and reintegration of a case (trafficking returnees, children): to her family, her locality or an
 * organisation, the receiving person or organisation, and the follow-up visits after it. The one place a hand-over is
 * kept: the trafficking record shows the case's hand-overs from here ({@link TraffickingRecord#handovers()}).
 * Recording one publishes {@link CaseHandedOver}.
 *
 * <p><b>Who</b>: the case's team (see {@link CaseManagement}); others get {@link NotFoundException}, audited DENIED.
 * Changes need an open case ({@link ConflictException} {@code case-closed}).
 *
 * <p><b>Audit</b> (record type {@code case}): {@code handover.read}, {@code handover.create}, {@code handover.update},
 * {@code handover.visit}.
 */
public interface Handovers {

    /** The case's hand-overs, oldest first, with their visits. */
    List<Handover> list(long caseId);

    Handover find(long caseId, long handoverId);

    /**
     * Records a hand-over.
     *
     * @throws InvalidInputException on a missing recipient kind or day, a day in the future or (trafficking) before
     *                               her return, a trafficking case whose identification is not decided, an
     *                               organisation hand-over naming none, an unknown commune or organisation
     */
    Handover record(long caseId, HandoverDetails details);

    /**
     * Replaces a hand-over's details (its visits stay).
     *
     * @throws ConflictException {@code stale-version}
     */
    Handover update(long caseId, long handoverId, int version, HandoverDetails details);

    /**
     * Adds a follow-up visit.
     *
     * @throws InvalidInputException on a visit before the hand-over or in the future, without its wellbeing
     */
    HandoverVisit addVisit(long caseId, long handoverId, NewHandoverVisit visit);

    /**
     * Trafficking cases handed over to their family or to an organisation in a period, by sex: for the reports, with
     * the system's authority. It checks no user and records no audit event: it returns counts, nothing personal.
     *
     * @throws InvalidInputException when {@code to} is before {@code from}
     */
    HandoverCounts traffickingCounts(LocalDate from, LocalDate to);
}
