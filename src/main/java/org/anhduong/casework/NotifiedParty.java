package org.anhduong.casework;

/** Who was told of a prohibition of contact. */
public enum NotifiedParty {
    PERPETRATOR,
    VICTIM,
    POLICE,
    VILLAGE_HEAD,
    FAMILY,
    OTHER
}
