package org.anhduong.hotline;

/** How urgent the situation is, as the counsellor judged it during the contact. */
public enum Urgency {
    ROUTINE,
    URGENT,
    DANGER_TO_LIFE
}
