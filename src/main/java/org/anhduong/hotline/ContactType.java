package org.anhduong.hotline;

/**
 * What kind of contact it was. Data contacts (about the caller or about someone else) carry categories and an
 * outcome; non-data contacts are counted but need almost nothing else.
 */
public enum ContactType {
    ABOUT_SELF(true),
    ABOUT_OTHER(true),
    SILENT(false),
    HANG_UP(false),
    /** Nobody answered; a call-back can be planned. */
    MISSED(false),
    PRANK_OR_ABUSIVE(false),
    WRONG_NUMBER(false),
    INFORMATION_ONLY(false),
    THANK_YOU(false),
    TEST(false);

    private final boolean data;

    ContactType(boolean data) {
        this.data = data;
    }

    /** True for contacts about a situation (self or other), which need categories and an outcome. */
    public boolean dataContact() {
        return data;
    }
}
