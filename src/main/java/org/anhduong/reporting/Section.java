package org.anhduong.reporting;

/** The parts of a report, in the order the department writes them. */
public enum Section {
    CONTACTS,
    CASES,
    EMERGENCY_AND_SHELTER,
    TRAFFICKING_AND_CARE,
    REFERRALS,
    PREVENTION;

    public String labelKey() {
        return "reporting.section." + name();
    }
}
