package org.anhduong.casework;

/** How the guardian who consented for a child is related to her. */
public enum GuardianRelation {
    MOTHER,
    FATHER,
    GRANDPARENT,
    SIBLING,
    OTHER_RELATIVE,
    LEGAL_GUARDIAN,
    OTHER
}
