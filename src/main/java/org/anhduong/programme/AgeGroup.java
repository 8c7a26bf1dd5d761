package org.anhduong.programme;

/** Participants' age groups, where known. */
public enum AgeGroup {
    UNDER_16, FROM_16_TO_29, FROM_30_TO_59, FROM_60
}
