package org.anhduong.casework;

/** Who gave (or withdrew) a consent: the client herself, or her parent or guardian when she is a child. */
public enum ConsentGiver {
    CLIENT,
    GUARDIAN;

    public String labelKey() {
        return "casework.consentGivenBy." + name();
    }
}
