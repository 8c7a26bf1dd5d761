package org.anhduong.casework;

/** What a step of identification traced. */
public enum IdentificationStepKind {
    HOMETOWN,
    RELATIVES,
    OTHER
}
