package org.anhduong.hotline;

/** Who the caller is to the person the contact is about. */
public enum Relation {
    SELF,
    PARENT_OR_RELATIVE,
    PARTNER,
    NEIGHBOUR,
    FRIEND,
    CHILD,
    PROFESSIONAL,
    AUTHORITY,
    ANONYMOUS
}
