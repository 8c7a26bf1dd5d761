package org.anhduong.casework;

/**
 * Where a closure stands: PENDING (waiting for a supervisor) becomes CLOSED when approved or SENT_BACK with a note; a
 * CLOSED case becomes REOPENED when someone reopens it. A closure made without approval starts CLOSED. A PENDING one
 * may be WITHDRAWN by whoever asked for it (or a supervisor) before it is decided.
 */
public enum ClosureState {
    PENDING,
    SENT_BACK,
    CLOSED,
    REOPENED,
    WITHDRAWN;

    public boolean mayBecome(ClosureState next) {
        return switch (this) {
            case PENDING -> next == CLOSED || next == SENT_BACK || next == WITHDRAWN;
            case CLOSED -> next == REOPENED;
            case SENT_BACK, REOPENED, WITHDRAWN -> false;
        };
    }
}
