package org.anhduong.referral;

/** The fields of a service that may be shown to the public (a published directory); the others stay internal. */
public enum PublicField {
    NAME,
    ORGANISATION,
    COMMUNES,
    OPENING_HOURS,
    CONTACT_PHONE,
    CONTACT_EMAIL,
    LANGUAGES,
    ELIGIBILITY;

    public String labelKey() {
        return "referral.publicField." + name();
    }
}
