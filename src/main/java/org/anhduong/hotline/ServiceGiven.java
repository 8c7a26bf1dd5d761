package org.anhduong.hotline;

/** What the counsellor did during the contact itself. */
public enum ServiceGiven {
    INFORMATION,
    PSYCHOLOGICAL_COUNSELLING,
    LEGAL_COUNSELLING,
    SAFETY_PLANNING,
    EMERGENCY_DISPATCH,
    REFERRAL
}
