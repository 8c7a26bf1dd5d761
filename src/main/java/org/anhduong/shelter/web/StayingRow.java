package org.anhduong.shelter.web;

/** One person staying in a facility: the case's survivor code and who she is, never a name. */
public record StayingRow(long placementId, int version, String survivorCode, String person, String admitted) {
}
