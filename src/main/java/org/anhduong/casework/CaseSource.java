package org.anhduong.casework;

/** How the case came to the organisation. */
public enum CaseSource {
    HOTLINE,
    WALK_IN,
    NATIONAL_HOTLINE_111,
    POLICE_OR_BORDER_HANDOVER,
    COMMUNE_OR_SCHOOL_OFFICE,
    PARTNER_REFERRAL,
    OUTREACH
}
