package org.anhduong.shelter.web;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** The persons staying in a facility today, for its staff, with a discharge form each. */
public record StayingPage(long facilityId, String facilityName, List<StayingRow> rows, FormErrors errors,
                          @Nullable String noticeKey, String today) {
}
