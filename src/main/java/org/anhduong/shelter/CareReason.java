package org.anhduong.shelter;

/** Why a child is placed in residential care. */
public enum CareReason {
    ABUSE_OR_VIOLENCE,
    TRAFFICKED_RETURNEE,
    ABANDONED_OR_ORPHANED,
    NO_SAFE_CAREGIVER,
    OTHER
}
