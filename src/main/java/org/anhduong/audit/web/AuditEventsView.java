package org.anhduong.audit.web;

import org.anhduong.audit.AuditEvents;
import org.anhduong.audit.AuditOutcome;
import org.anhduong.audit.ChainVerification;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.Ui;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The audit screen: the filter as typed with its problems, one page of events, links to the neighbouring pages and,
 * after a verification, its result.
 */
public record AuditEventsView(AuditFilterForm filter, List<FieldProblem> problems, AuditEvents events,
                              @Nullable String previousUrl, @Nullable String nextUrl,
                              @Nullable ChainVerification verification) {

    /** Seconds matter when reconstructing what happened, so the screen shows them (ui.dateTime stops at minutes). */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(Ui.ZONE);

    public AuditEventsView {
        problems = List.copyOf(problems);
    }

    public @Nullable FieldProblem problem(String field) {
        return problems.stream().filter(p -> p.field().equals(field)).findFirst().orElse(null);
    }

    public boolean invalid(String field) {
        return problem(field) != null;
    }

    /** The ids of the hint and error texts that describe a field, or null when there are none. */
    public @Nullable String describedBy(String field, boolean hasHint) {
        String ids = (hasHint ? "filter-" + field + "-hint " : "") + (invalid(field) ? "filter-" + field + "-error" : "");
        return ids.isBlank() ? null : ids.strip();
    }

    public String time(Instant instant) {
        return TIME.format(instant);
    }

    public List<AuditOutcome> outcomes() {
        return List.of(AuditOutcome.values());
    }
}
