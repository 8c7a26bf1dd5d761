package org.anhduong.casework;

/** The support a victim of trafficking receives under Law 53/2024/QH15. */
public enum TraffickingSupport {
    TRAVEL_HOME,
    HEALTH_CHECK_AND_CARE,
    HEALTH_INSURANCE_FIRST_YEAR,
    PSYCHOLOGICAL_SUPPORT,
    LEGAL_AID,
    REINTEGRATION
}
