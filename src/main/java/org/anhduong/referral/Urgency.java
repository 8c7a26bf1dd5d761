package org.anhduong.referral;

/** How soon the receiving organisation must answer; an urgent referral is reminded about sooner. */
public enum Urgency {
    ROUTINE,
    URGENT;

    public String labelKey() {
        return "referral.urgency." + name();
    }
}
