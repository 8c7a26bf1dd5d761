package org.anhduong.casework;

/**
 * Where identification stands (Law 53/2024/QH15): a person REPORTED is taken UNDER_IDENTIFICATION, which ends as an
 * IDENTIFIED_VICTIM or NOT_A_VICTIM. No step is skipped and a decision is final.
 */
public enum TraffickingStatus {
    REPORTED,
    UNDER_IDENTIFICATION,
    IDENTIFIED_VICTIM,
    NOT_A_VICTIM;

    /** Staying is always allowed; moving only to the next step. */
    public boolean mayMoveTo(TraffickingStatus next) {
        return next == this || switch (this) {
            case REPORTED -> next == UNDER_IDENTIFICATION;
            case UNDER_IDENTIFICATION -> next == IDENTIFIED_VICTIM || next == NOT_A_VICTIM;
            case IDENTIFIED_VICTIM, NOT_A_VICTIM -> false;
        };
    }

    public boolean decided() {
        return this == IDENTIFIED_VICTIM || this == NOT_A_VICTIM;
    }
}
