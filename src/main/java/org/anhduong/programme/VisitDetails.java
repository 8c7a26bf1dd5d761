package org.anhduong.programme;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/** A supervision or evaluation visit to a model (or a commune). */
public record VisitDetails(@Nullable LocalDate visitedOn, @Nullable Long modelId, @Nullable String communeCode,
                           @Nullable String findings, @Nullable String recommendations,
                           @Nullable List<FollowUpAction> actions) {
}
