package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One line of a case list: no personal details, the survivor code stands for the client. */
public record CaseSummary(long id, String caseNumber, String survivorCode, CaseType type, CaseStatus status,
                          Priority priority, RiskLevel riskLevel, @Nullable Long assignedWorkerId, Instant openedAt) {
}
