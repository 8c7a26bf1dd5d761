package org.anhduong.casework;

/** The sectors of the UN Essential Services Package for women and girls subject to violence. */
public enum EspSector {
    HEALTH,
    JUSTICE_AND_POLICING,
    SOCIAL_SERVICES,
    COORDINATION
}
