package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

public record CaseFacts(long caseId, long organisationId, @Nullable String communeCode, boolean statisticsConsent) {
}
