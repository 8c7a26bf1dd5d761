package org.anhduong.casework;

/**
 * Where a closure stands: PENDING (waiting for a supervisor) becomes CLOSED when approved or SENT_BACK with a note; a
 * CLOSED case becomes REOPENED when someone reopens it. A closure made without approval starts CLOSED.
 */
public enum ClosureState {
    PENDING,
    SENT_BACK,
    CLOSED,
    REOPENED;

    public boolean mayBecome(ClosureState next) {
        return switch (this) {
            case PENDING -> next == CLOSED || next == SENT_BACK;
            case CLOSED -> next == REOPENED;
            case SENT_BACK, REOPENED -> false;
        };
    }
}
