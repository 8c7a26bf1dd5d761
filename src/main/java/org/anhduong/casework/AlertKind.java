package org.anhduong.casework;

/** Why a user is alerted about a case. */
public enum AlertKind {
    /** A safety assessment found the case HIGH risk. */
    HIGH_RISK,
    /** The case was shared without consent under the emergency exception (danger to life), e.g. in a referral. */
    EMERGENCY_SHARING
}
