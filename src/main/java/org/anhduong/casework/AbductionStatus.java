package org.anhduong.casework;

/** Whether the survivor was taken or held against her will during the incident (GBVIMS). */
public enum AbductionStatus {
    NOT_ABDUCTED,
    ABDUCTED,
    UNKNOWN;

    /** The fact the derived contexts need: yes, no, or not known. */
    public boolean abducted() {
        return this == ABDUCTED;
    }
}
