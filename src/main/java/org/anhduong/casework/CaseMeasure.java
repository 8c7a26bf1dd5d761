package org.anhduong.casework;

/** The numbers of {@link CaseCounts}, each the set of cases behind it (for {@link CaseFigures#casesBehind}). */
public enum CaseMeasure {
    /** {@link CaseCounts#opened()}. */
    OPENED,
    /** {@link CaseCounts#closed()}. */
    CLOSED,
    /** {@link CaseCounts#active()}. */
    ACTIVE,
    /** {@link CaseCounts#directCounsellingCases()}. */
    DIRECT_COUNSELLING,
    /** {@link CaseCounts#fromNationalHotline111()}. */
    FROM_NATIONAL_HOTLINE_111,
    /** {@link CaseCounts#traffickingReceived()}. */
    TRAFFICKING_RECEIVED,
    /** {@link CaseCounts#handedOverToFamily()}. */
    HANDED_OVER_TO_FAMILY,
    /** {@link CaseCounts#handedOverToOrganisation()}. */
    HANDED_OVER_TO_ORGANISATION
}
