package org.anhduong.casework;

/**
 * Where a prohibition of contact stands, derived from its facts and the clock: REQUESTED until decided; REFUSED; once
 * granted IN_FORCE until its end (also before a start the issuer set later than the decision), then EXPIRED; REVOKED
 * from the day it was revoked.
 */
public enum OrderStatus {
    REQUESTED,
    IN_FORCE,
    EXPIRED,
    REVOKED,
    REFUSED
}
