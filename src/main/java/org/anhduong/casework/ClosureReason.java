package org.anhduong.casework;

/** Why a case is closed. */
public enum ClosureReason {
    GOALS_MET,
    CLIENT_WISH,
    MOVED,
    TRANSFERRED,
    UNREACHABLE,
    DECEASED
}
