package org.anhduong.casework;

/** Marital status; COHABITING and DIVORCED matter for domestic violence, which covers both. */
public enum MaritalStatus {
    SINGLE,
    MARRIED,
    COHABITING,
    SEPARATED,
    DIVORCED,
    WIDOWED,
    UNKNOWN
}
