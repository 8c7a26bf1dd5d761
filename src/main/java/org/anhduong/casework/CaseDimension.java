package org.anhduong.casework;

/**
 * How a {@link CaseTally} breaks its cases down; the values are enum names, commune codes, or {@code "UNKNOWN"}
 * ({@link CaseTally#UNKNOWN}).
 */
public enum CaseDimension {
    /** The case's {@link CaseType}. */
    CASE_TYPE,
    /**
     * The {@link GbvimsType} of the case's incidents: a case counts once under each type among its incidents (so under
     * two types when its incidents have two), and under {@code UNKNOWN} when it has no incident.
     */
    GBVIMS_TYPE,
    /**
     * The {@link IncidentContext}s derived from the case's incidents (the case file's own derivation): a case counts once
     * under each context any of its incidents has, and under {@code UNKNOWN} when none has any (or it has no incident).
     */
    CONTEXT,
    /** The client's {@link org.anhduong.hotline.Sex}. */
    SEX,
    /** The client's {@link org.anhduong.hotline.AgeGroup} as recorded on her file. */
    AGE_GROUP,
    /** The case's commune code; {@code UNKNOWN} when it has none. */
    COMMUNE
}
