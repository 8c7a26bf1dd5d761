package org.anhduong.casework;

/**
 * Where the case stands. Work moves forward, one or more steps at a time; closing and reopening belong to closure,
 * which checks its own conditions.
 */
public enum CaseStatus {
    OPEN,
    ASSESSMENT,
    CASE_PLAN,
    SERVICES,
    FOLLOW_UP,
    CLOSED;

    /** A forward move that is not a closure: from any open status to a later open status. */
    public boolean mayMoveTo(CaseStatus next) {
        return this != CLOSED && next != CLOSED && next.ordinal() > ordinal();
    }
}
