package org.anhduong.programme;

import java.time.LocalDate;

/** A campaign with its days (both included); activities and trainings link to it by id. */
public record Campaign(long id, int version, CampaignKind kind, String name, LocalDate startsOn, LocalDate endsOn) {
}
