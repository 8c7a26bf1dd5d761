package org.anhduong.casework;

/** Kinds of disability in the spirit of the Law on Persons with Disabilities (51/2010/QH12, Art. 3). */
public enum DisabilityKind {
    MOBILITY,
    HEARING_SPEECH,
    VISUAL,
    PSYCHOSOCIAL,
    INTELLECTUAL,
    MULTIPLE,
    OTHER
}
