package org.anhduong.audit.web;

import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * The filter as typed, for the screen (dates dd/MM/yyyy) and the API (dates yyyy-MM-dd) alike. Everything stays text
 * until {@link AuditFilters} reads it, so that a bad value becomes a field error rather than a failed binding.
 */
public record AuditFilterForm(
        @Parameter(description = "Username, exact but case-insensitive") @Nullable String user,
        @Parameter(description = "User id of the actor") @Nullable String userId,
        @Parameter(description = "Record type, exact (e.g. case)") @Nullable String recordType,
        @Parameter(description = "Record id, exact") @Nullable String recordId,
        @Parameter(description = "Action prefix (e.g. case. for every action on cases)") @Nullable String action,
        @Parameter(description = "SUCCESS, DENIED or FAILURE") @Nullable String outcome,
        @Parameter(description = "First day, inclusive: yyyy-MM-dd, a calendar day in Asia/Ho_Chi_Minh") @Nullable String from,
        @Parameter(description = "Last day, inclusive: yyyy-MM-dd, a calendar day in Asia/Ho_Chi_Minh") @Nullable String to,
        @Parameter(description = "Page number from 1, 50 events a page, newest first") @Nullable String page) {

    public static AuditFilterForm empty() {
        return new AuditFilterForm(null, null, null, null, null, null, null, null, null);
    }

    AuditFilterForm withPage(int number) {
        return new AuditFilterForm(user, userId, recordType, recordId, action, outcome, from, to, Integer.toString(number));
    }

    /** Whether the outcome select should show this option as chosen. */
    public boolean outcomeIs(String name) {
        return name.equals(outcome);
    }
}
