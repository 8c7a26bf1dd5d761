package org.anhduong.referral;

/** Whom a service takes. */
public enum Eligibility {
    ALL,
    WOMEN,
    CHILDREN,
    MEN;

    public String labelKey() {
        return "referral.eligibility." + name();
    }
}
