package org.anhduong.identity;

/** What kind of body an organisation is; decides nothing by itself, but filters directories and reports. */
public enum OrganisationKind {
    STATE_AGENCY,
    SOCIAL_WORK_CENTRE,
    ONE_STOP_CENTRE,
    COMMUNE_SOCIAL_WORK_OFFICE,
    SCHOOL_SOCIAL_WORK_OFFICE,
    SHELTER,
    TRUSTED_ADDRESS,
    POLICE,
    HEALTH,
    LEGAL_AID,
    EDUCATION,
    WOMENS_UNION,
    NGO,
    OTHER
}
