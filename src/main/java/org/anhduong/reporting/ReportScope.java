package org.anhduong.reporting;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a report covers: local days from {@code from} to {@code to}, both included (Asia/Ho_Chi_Minh), optionally one
 * commune (today's code; periods before 1 July 2025 are counted on the units it replaced) and one organisation.
 */
public record ReportScope(LocalDate from, LocalDate to, @Nullable String commune, @Nullable Long organisationId) {
}
