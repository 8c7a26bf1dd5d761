package org.anhduong.shelter;

/** What kind of place a facility is. Children in residential care go to a social-protection facility only. */
public enum FacilityKind {
    SHELTER,
    ONE_STOP_CENTRE_BEDS,
    TRUSTED_ADDRESS,
    SOCIAL_PROTECTION
}
