package org.anhduong.casework;

/** Where else the survivor reported the incident before or besides this organisation. */
public enum ReportedTo {
    POLICE,
    HEALTH,
    COMMUNE_AUTHORITY,
    WOMENS_UNION,
    OTHER
}
