package org.anhduong.casework;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

public record CaseFigureQuery(LocalDate from, LocalDate to, @Nullable Long organisationId, Set<String> communeCodes,
                              boolean statisticsConsentOnly) {
}
