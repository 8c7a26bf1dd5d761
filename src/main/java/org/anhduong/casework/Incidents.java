package org.anhduong.casework;

import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.NotFoundException;

import java.util.List;
import java.util.Set;

/**
 * The incidents of a case: what happened, its GBVIMS type (through the step-by-step helper or chosen with a reason),
 * the acts of domestic violence, the perpetrators, and the contexts derived from them.
 *
 * <p><b>Access</b> is the case's ({@link CaseManagement}): its team reads and records incidents; anyone else gets
 * {@link NotFoundException} for the case, audited DENIED. An incident of another case is "not found" too.
 *
 * <p><b>Audit</b>: {@code incident.read} (record {@code incident}, or {@code case} for a case's list and contexts),
 * {@code incident.create}, {@code incident.update}. Reading derives contexts from the client's birth, which reads the
 * client ({@code client.read}).
 *
 * <p>Invalid input throws {@link InvalidInputException} naming every bad field; a stale version throws
 * {@link ConflictException} {@code stale-version}.
 */
public interface Incidents {

    /** The case's incidents, oldest first. */
    List<Incident> list(long caseId);

    Incident find(long caseId, long incidentId);

    Incident create(long caseId, IncidentDetails details);

    /**
     * Replaces the incident's details, perpetrators included.
     *
     * @param version the version the caller read
     */
    Incident update(long caseId, long incidentId, int version, IncidentDetails details);

    /** The contexts of all the case's incidents together, for reports. */
    Set<IncidentContext> contextsOf(long caseId);

    /** The helper's next question or its result for these answers; stateless, nothing is stored or audited. */
    ClassificationStep classify(ClassificationAnswers answers);
}
