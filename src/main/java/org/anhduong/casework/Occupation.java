package org.anhduong.casework;

/** Broad occupation groups: enough for needs and reports, never free text that could identify someone. */
public enum Occupation {
    FARMER,
    WORKER,
    TRADER_OR_SELF_EMPLOYED,
    OFFICE_OR_PUBLIC_SERVICE,
    MIGRANT_WORKER,
    HOMEMAKER,
    STUDENT,
    UNEMPLOYED,
    RETIRED,
    OTHER,
    UNKNOWN
}
