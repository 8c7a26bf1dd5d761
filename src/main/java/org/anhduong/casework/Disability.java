package org.anhduong.casework;

/** Whether the client lives with a disability; UNKNOWN when not asked or not said. */
public enum Disability {
    YES,
    NO,
    UNKNOWN
}
