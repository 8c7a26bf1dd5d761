package org.anhduong.hotline;

/** How the contact ended. */
public enum Outcome {
    /** Resolved during the contact. */
    RESOLVED,
    CALL_BACK_SCHEDULED,
    REFERRED,
    CASE_OPENED,
    LINKED_TO_CASE,
    EMERGENCY_SUPPORT_STARTED
}
