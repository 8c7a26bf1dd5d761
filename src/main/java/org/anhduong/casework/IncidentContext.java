package org.anhduong.casework;

/**
 * Contexts derived from an incident's facts, never typed by a worker (DESIGN.md §5); several may hold at once.
 * They add to the GBVIMS type: a rape by a husband of a 15-year-old is RAPE with intimate-partner violence and child
 * sexual abuse.
 */
public enum IncidentContext {
    INTIMATE_PARTNER_VIOLENCE,
    CHILD_SEXUAL_ABUSE,
    EARLY_MARRIAGE,
    POSSIBLE_SEXUAL_EXPLOITATION,
    POSSIBLE_SEXUAL_SLAVERY,
    HARMFUL_TRADITIONAL_PRACTICE;

    public String labelKey() {
        return "casework.context." + name();
    }
}
