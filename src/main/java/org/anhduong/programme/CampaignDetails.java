package org.anhduong.programme;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A campaign: a recurring kind in a year (its dates follow from the kind), or a one-off ({@code OTHER}) with its own
 * dates. The name defaults to the kind's name and the year.
 */
public record CampaignDetails(@Nullable CampaignKind kind, @Nullable Integer year, @Nullable String name,
                              @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
}
