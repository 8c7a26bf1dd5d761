package org.anhduong.casework;

/** Where an incident happened. */
public enum PlaceType {
    HOME,
    WORKPLACE,
    SCHOOL,
    PUBLIC_PLACE,
    ONLINE,
    OTHER;

    public String labelKey() {
        return "casework.place." + name();
    }
}
