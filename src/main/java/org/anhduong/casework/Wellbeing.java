package org.anhduong.casework;

/** How she (or the child) is doing at a follow-up visit after a hand-over, from best to worst. */
public enum Wellbeing {
    DOING_WELL,
    STABLE,
    DIFFICULTIES,
    AT_RISK
}
