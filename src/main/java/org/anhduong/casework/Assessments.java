package org.anhduong.casework;

import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.NotFoundException;

import java.util.List;

/**
 * Safety assessments of a case with the default risk instrument ({@link #instrument()}). Access as for the case
 * ({@link CaseManagement}): its team reads and assesses; anyone else gets {@link NotFoundException}, audited DENIED.
 *
 * <p>An assessment sets the case's risk level (through {@link CaseManagement#update}, so as one more audited change of
 * the case). A HIGH result alerts the supervisors ({@link CaseAlerts}) and raises {@link HighRiskAssessed}. Audited as
 * {@code assessment.read}, {@code assessment.create}; record type {@code case}.
 */
public interface Assessments {

    /** The instrument new assessments are made with. */
    RiskInstrument instrument();

    /** The case's assessments, newest first. */
    List<Assessment> of(long caseId);

    /**
     * Scores and stores an assessment of the case and sets its risk level.
     *
     * @throws InvalidInputException ({@code answers}) when an answer names no item of the instrument, or
     *                               ({@code safetyPlan}) when the plan is too long
     */
    Assessment assess(long caseId, NewAssessment assessment);
}
