package org.anhduong.casework;

/**
 * What a consent allows. Consent is specific (Law 91/2025/QH15): a consent to one purpose never stands in for
 * another, so a survivor who agreed to be referred has not agreed to her data being shared for other ends.
 */
public enum ConsentPurpose {
    /** Keeping a file and working the case within the organisation. */
    CASE_MANAGEMENT,
    /** Referring the survivor to a partner for a service. */
    REFERRAL,
    /** Sharing information about the case with another organisation, beyond a referral. */
    INFORMATION_SHARING,
    /** Counting the case in statistics and reports (anonymised figures). */
    STATISTICS;

    public String labelKey() {
        return "casework.consentPurpose." + name();
    }
}
