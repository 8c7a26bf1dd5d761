package org.anhduong.casework;

import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.NotFoundException;

import java.time.LocalDate;
import java.util.List;

/**
 * The case plan: goals agreed with the client and the services she was given. Access as for the case
 * ({@link CaseManagement}). Audited as {@code goal.read/create/update} and {@code service.read/create/update} (record
 * type {@code case}). A stale version throws {@link ConflictException}; invalid input {@link InvalidInputException};
 * a goal or service not of the case {@link NotFoundException}.
 */
public interface CasePlan {

    /** The case's goals in the order they were set. */
    List<Goal> goals(long caseId);

    Goal addGoal(long caseId, GoalDetails goal);

    Goal changeGoal(long caseId, long goalId, int version, GoalDetails goal);

    /** The services given, most recent first. */
    List<ServiceGiven> services(long caseId);

    ServiceGiven recordService(long caseId, ServiceDetails service);

    ServiceGiven changeService(long caseId, long serviceId, int version, ServiceDetails service);

    /**
     * Services of a type given from {@code from} to {@code to} (both included), for reporting: ids and dates only, so
     * not audited as a read of cases.
     */
    List<ServiceDelivery> servicesGiven(ServiceType type, LocalDate from, LocalDate to);
}
