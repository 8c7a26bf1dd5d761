package org.anhduong.hotline;

/** Sex as the counsellor records it; UNKNOWN when it was not said and cannot be told. */
public enum Sex {
    FEMALE,
    MALE,
    OTHER,
    UNKNOWN
}
