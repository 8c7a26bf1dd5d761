package org.anhduong.casework;

/**
 * How long after the incident the case was opened, in the GBVIMS bands. Derived, never typed; UNKNOWN when the
 * incident date is not known or is too vague to fall in one band (an incident "in 2025" reported in January 2026 may
 * be days or a year old).
 */
public enum ReportingDelay {
    DAYS_0_3,
    DAYS_4_5,
    DAYS_6_14,
    DAYS_15_TO_MONTH,
    OVER_A_MONTH,
    UNKNOWN
}
