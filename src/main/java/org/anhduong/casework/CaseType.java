package org.anhduong.casework;

/** What the case is about, as a whole; each incident is classified on its own later. */
public enum CaseType {
    GBV,
    DOMESTIC_VIOLENCE,
    CHILD_ABUSE,
    TRAFFICKING,
    OTHER_PROTECTION
}
