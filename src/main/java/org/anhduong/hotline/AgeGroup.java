package org.anhduong.hotline;

/**
 * Age bands a counsellor can estimate on the phone. The bands follow the legal lines: under 16 is a child under
 * Vietnamese law, under 18 a child for GBVIMS and trafficking, so no band straddles 16 or 18.
 */
public enum AgeGroup {
    AGE_0_5,
    AGE_6_11,
    AGE_12_15,
    AGE_16_17,
    AGE_18_24,
    AGE_25_59,
    AGE_60_PLUS,
    UNKNOWN;

    /** A child under Vietnamese law (under 16). */
    public boolean childUnderVietnameseLaw() {
        return this == AGE_0_5 || this == AGE_6_11 || this == AGE_12_15;
    }

    /** A child for GBVIMS and trafficking (under 18). */
    public boolean under18() {
        return childUnderVietnameseLaw() || this == AGE_16_17;
    }
}
