package org.anhduong.casework;

/** How soon the team must act. */
public enum Priority {
    LOW,
    MEDIUM,
    HIGH,
    URGENT
}
