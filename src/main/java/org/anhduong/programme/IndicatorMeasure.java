package org.anhduong.programme;

/**
 * How an indicator's value is found. Computed measures count the records of the indicator's model (every model when
 * it has none) within the indicator's period; {@code MANUAL} takes the latest value entered by hand.
 */
public enum IndicatorMeasure {
    /** Participants of activities held in the period. */
    PEOPLE_REACHED,
    /** Activities held in the period. */
    ACTIVITIES_HELD,
    /** Trainings starting in the period. */
    TRAININGS_HELD,
    /** Participants of trainings starting in the period. */
    PEOPLE_TRAINED,
    /** Entered by hand with an evidence note (communes with a trusted address, cases referred by the model…). */
    MANUAL;

    public boolean computed() {
        return this != MANUAL;
    }
}
