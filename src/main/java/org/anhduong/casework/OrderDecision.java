package org.anhduong.casework;

/** What the issuer decided on a request for a prohibition of contact. */
public enum OrderDecision {
    GRANTED,
    REFUSED
}
