package org.anhduong.casework;

/** The authority that handed the person over on her return. */
public enum HandingAuthority {
    BORDER_GUARD,
    POLICE,
    FOREIGN_AUTHORITY,
    SOCIAL_AFFAIRS,
    OTHER
}
