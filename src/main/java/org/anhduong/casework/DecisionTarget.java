package org.anhduong.casework;

/**
 * The 12-hour target from a request for a prohibition of contact to its decision: MET when decided within 12 hours,
 * MISSED when decided later or still undecided after 12 hours, PENDING while undecided within them.
 */
public enum DecisionTarget {
    MET,
    MISSED,
    PENDING
}
