package org.anhduong.platform.security;

/** The seeded role codes (DESIGN.md §3). Administrators may add more roles as data; these are the ones code relies on. */
public final class Roles {

    public static final String ADMINISTRATOR = "ADMINISTRATOR";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String HOTLINE_COUNSELLOR = "HOTLINE_COUNSELLOR";
    public static final String CASE_WORKER = "CASE_WORKER";
    public static final String SHELTER_STAFF = "SHELTER_STAFF";
    public static final String PARTNER = "PARTNER";
    public static final String PROGRAMME_OFFICER = "PROGRAMME_OFFICER";
    public static final String VIEWER = "VIEWER";

    private Roles() {
    }
}
