package org.anhduong.casework;

/** How a companion is related to the client. */
public enum CompanionRelation {
    CHILD,
    GRANDCHILD,
    SIBLING,
    PARENT,
    OTHER_RELATIVE,
    OTHER
}
