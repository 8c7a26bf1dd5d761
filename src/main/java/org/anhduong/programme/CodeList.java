package org.anhduong.programme;

/** The extendable lists of codes: seeded with the usual entries, extended by administrators. */
public enum CodeList {
    MODEL_KIND, ACTIVITY_KIND, TRAINING_TOPIC
}
