package org.anhduong.casework.internal.protection;

import org.anhduong.casework.DecisionTarget;
import org.anhduong.casework.OrderDecision;
import org.anhduong.casework.OrderIssuer;
import org.anhduong.casework.OrderRevocation;
import org.anhduong.casework.OrderStatus;
import org.anhduong.casework.ProtectionOrderDetails;
import org.anhduong.casework.internal.FieldChecks;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * The rules of a prohibition of contact (Law 13/2022/QH15 Art. 23): a request, then a decision within 12 hours; a
 * granted order has a start and an end after it, at most 3 days for a commune chair; nothing lies ahead but the end.
 */
final class ProtectionOrderRules {

    static final Duration COMMUNE_CHAIR_MAX = Duration.ofDays(3);
    static final Duration DECISION_TARGET = Duration.ofHours(12);
    static final Duration CLOCK_GRACE = Duration.ofMinutes(5);
    static final int MAX_NOTE = 1000;
    static final int MAX_REASON = 2000;
    static final String TOO_LONG = "casework.protection.tooLongField";

    private ProtectionOrderRules() {
    }

    /**
     * The details as kept (no decision time without a decision, no span without a grant).
     *
     * @param perpetrator whether an id names one of the case's incident perpetrators
     * @throws InvalidInputException naming every problem; {@link OrderTooLongException} when a commune chair's order
     *                               lasts over 3 days
     */
    static ProtectionOrderDetails checked(ProtectionOrderDetails d, Instant now, LongPredicate perpetrator) {
        var checks = new FieldChecks();
        checks.required("issuer", d.issuer());
        Instant requested = checks.required("requestedAt", d.requestedAt());
        notAfter(checks, "requestedAt", requested, now);
        boolean decided = d.decision() != null;
        Instant decidedAt = decided ? checks.required("decidedAt", d.decidedAt()) : null;
        notAfter(checks, "decidedAt", decidedAt, now);
        if (decidedAt != null && requested != null && decidedAt.isBefore(requested)) {
            checks.add("decidedAt", "casework.protection.decidedBeforeRequest");
        }
        boolean granted = d.decision() == OrderDecision.GRANTED;
        if (granted) {
            span(checks, d);
        }
        if (d.perpetratorId() != null && !perpetrator.test(d.perpetratorId())) {
            checks.add("perpetratorId", "casework.protection.unknownPerpetrator");
        }
        String note = checks.text("notifiedNote", d.notifiedNote(), MAX_NOTE);
        throwIfAny(checks);
        return new ProtectionOrderDetails(d.issuer(), requested, d.decision(), decidedAt,
                granted ? d.startsAt() : null, granted ? d.endsAt() : null, d.perpetratorId(), d.notified(), note);
    }

    private static void span(FieldChecks checks, ProtectionOrderDetails d) {
        Instant start = checks.required("startsAt", d.startsAt());
        Instant end = checks.required("endsAt", d.endsAt());
        if (start == null || end == null) {
            return;
        }
        if (!end.isAfter(start)) {
            checks.add("endsAt", "casework.protection.endBeforeStart");
        } else if (d.issuer() == OrderIssuer.COMMUNE_CHAIR && Duration.between(start, end).compareTo(COMMUNE_CHAIR_MAX) > 0) {
            checks.add("endsAt", TOO_LONG);
        }
    }

    private static void throwIfAny(FieldChecks checks) {
        try {
            checks.throwIfAny();
        } catch (InvalidInputException invalid) {
            List<FieldProblem> problems = invalid.problems();
            if (problems.stream().anyMatch(p -> TOO_LONG.equals(p.messageKey()))) {
                throw new OrderTooLongException(problems);
            }
            throw invalid;
        }
    }

    /** The revocation as kept: a day not before the decision, not ahead, and a reason. */
    static OrderRevocation checked(OrderRevocation r, @Nullable Instant decidedAt, LocalDate today, LocalDate decidedOn) {
        var checks = new FieldChecks();
        LocalDate on = checks.required("revokedOn", r.revokedOn());
        if (on != null && on.isAfter(today)) {
            checks.add("revokedOn", "casework.date.future");
        }
        if (on != null && decidedAt != null && on.isBefore(decidedOn)) {
            checks.add("revokedOn", "casework.protection.revokedBeforeDecision");
        }
        String reason = checks.required("reason", checks.text("reason", r.reason(), MAX_REASON));
        checks.throwIfAny();
        return new OrderRevocation(on, reason);
    }

    /** Where the order stands at {@code now}. */
    static OrderStatus status(ProtectionOrderDetails d, @Nullable LocalDate revokedOn, Instant now) {
        if (revokedOn != null) {
            return OrderStatus.REVOKED;
        }
        if (d.decision() == null) {
            return OrderStatus.REQUESTED;
        }
        if (d.decision() == OrderDecision.REFUSED) {
            return OrderStatus.REFUSED;
        }
        return d.endsAt() != null && !now.isBefore(d.endsAt()) ? OrderStatus.EXPIRED : OrderStatus.IN_FORCE;
    }

    /** Whether the decision came within 12 hours of the request. */
    static DecisionTarget target(ProtectionOrderDetails d, Instant now) {
        Instant due = d.requestedAt().plus(DECISION_TARGET);
        if (d.decidedAt() != null) {
            return d.decidedAt().isAfter(due) ? DecisionTarget.MISSED : DecisionTarget.MET;
        }
        return now.isAfter(due) ? DecisionTarget.MISSED : DecisionTarget.PENDING;
    }

    private static void notAfter(FieldChecks checks, String field, @Nullable Instant at, Instant now) {
        // A few minutes' grace: the time typed "now" on a screen runs ahead of the server's by a little.
        if (at != null && at.isAfter(now.plus(CLOCK_GRACE))) {
            checks.add(field, "casework.protection.future");
        }
    }
}
