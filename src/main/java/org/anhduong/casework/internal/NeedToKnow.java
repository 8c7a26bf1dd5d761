package org.anhduong.casework.internal;

import org.anhduong.platform.security.Roles;
import org.anhduong.platform.security.UserPrincipal;
import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * The access rules of casework (DESIGN.md §3), as plain decisions: does the role allow casework, is the user on the
 * case's team. {@link #VISIBLE_SQL} is the same team rule for queries that list cases; keep the two together.
 */
public final class NeedToKnow {

    /**
     * The team rule in SQL over {@code casework_cases c}, with parameters {@code :user}, {@code :supervisor} (whether
     * the user is a supervisor) and {@code :org}. Only for users who {@link #worksCases work cases}.
     */
    public static final String VISIBLE_SQL =
            "(c.assigned_worker_id = :user OR c.supervisor_id = :user OR (:supervisor AND c.organisation_id = :org))";

    private NeedToKnow() {
    }

    /** Case workers and supervisors work cases; nobody else reads case content. */
    public static boolean worksCases(UserPrincipal user) {
        return user.hasRole(Roles.CASE_WORKER) || user.hasRole(Roles.SUPERVISOR);
    }

    /** On the team: the assigned worker, the case's supervisor, or a supervisor of the case's organisation. */
    static boolean onTeam(UserPrincipal user, long organisationId, @Nullable Long workerId, @Nullable Long supervisorId) {
        if (!worksCases(user)) {
            return false;
        }
        long me = user.userId();
        return Objects.equals(workerId, me) || Objects.equals(supervisorId, me)
                || supervises(user, organisationId);
    }

    /** A supervisor of the organisation: sees all its cases, assigns them. */
    static boolean supervises(UserPrincipal user, long organisationId) {
        return user.hasRole(Roles.SUPERVISOR) && user.organisationId() == organisationId;
    }

    /** Case workers and supervisors open cases; a counsellor only from a contact of hers. */
    static boolean mayOpen(UserPrincipal user, boolean fromContact) {
        return worksCases(user) || (fromContact && user.hasRole(Roles.HOTLINE_COUNSELLOR));
    }
}
