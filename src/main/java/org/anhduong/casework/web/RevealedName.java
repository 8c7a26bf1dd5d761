package org.anhduong.casework.web;

/** A client's names as revealed to her team; {@code none} when no name was recorded. */
public record RevealedName(long caseId, String fullName, String otherNames, boolean none) {
}
