package org.anhduong.casework;

/** The receiving person's relation to the survivor at a hand-over. */
public enum ReceiverRelation {
    PARENT,
    SPOUSE,
    CHILD,
    SIBLING,
    GRANDPARENT,
    OTHER_RELATIVE,
    GUARDIAN,
    LOCAL_OFFICIAL,
    OTHER
}
