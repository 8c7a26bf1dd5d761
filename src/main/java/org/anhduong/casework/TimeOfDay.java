package org.anhduong.casework;

/** When in the day an incident happened, as GBVIMS asks it: a survivor rarely knows the hour. */
public enum TimeOfDay {
    MORNING,
    AFTERNOON,
    EVENING,
    NIGHT,
    UNKNOWN
}
