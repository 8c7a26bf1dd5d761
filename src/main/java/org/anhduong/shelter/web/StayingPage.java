package org.anhduong.shelter.web;

import org.anhduong.shelter.Occupancy;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** A facility's current placements. */
public record StayingPage(long facilityId, String facilityName, List<StayingRow> rows, FormErrors errors,
                          @Nullable String noticeKey, String today) {
}
