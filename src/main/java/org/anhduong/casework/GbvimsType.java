package org.anhduong.casework;

/**
 * The one GBVIMS type of an incident, chosen by the first "yes" in the order of {@link ClassificationAnswers.Question}
 * (DESIGN.md §5). The type is for statistics only: it never changes which services a survivor is offered.
 */
public enum GbvimsType {
    RAPE,
    /** Unwanted sexual contact without penetration, including attempted rape and FGM/C. */
    SEXUAL_ASSAULT,
    PHYSICAL_ASSAULT,
    /** Including child marriage. */
    FORCED_MARRIAGE,
    DENIAL_OF_RESOURCES,
    PSYCHOLOGICAL_ABUSE,
    /** All six questions answered "no": an incident that is not gender-based violence. */
    NON_GBV;

    public String labelKey() {
        return "casework.gbvims." + name();
    }
}
