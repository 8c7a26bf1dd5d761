package org.anhduong.shelter.web;

import org.anhduong.shelter.Occupancy;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** One person staying in a facility. */
public record StayingRow(long placementId, int version, String survivorCode, String person, String admitted) {
}
