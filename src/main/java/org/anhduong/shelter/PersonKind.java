package org.anhduong.shelter;

/** Whether a person supported is the case's client or one of her companions. */
public enum PersonKind {
    CLIENT,
    COMPANION
}
