package org.anhduong.casework.internal.trafficking;

import org.anhduong.casework.HandingAuthority;
import org.anhduong.casework.HandoverTo;
import org.anhduong.casework.TraffickingDetails;
import org.anhduong.casework.TraffickingStatus;
import org.anhduong.casework.internal.FieldChecks;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * The rules of a trafficking record: identification moves one step at a time and a decision is final; the hand-over
 * comes only once identification is decided, with its date (and the organisation when it is one); no date lies ahead.
 */
final class TraffickingRules {

    static final int MAX_TEXT = 200;

    private TraffickingRules() {
    }

    /**
     * The details as kept (texts stripped and in NFC, no hand-over fields without a hand-over).
     *
     * @throws org.anhduong.platform.web.InvalidInputException naming every problem
     */
    static TraffickingDetails checked(TraffickingStatus before, TraffickingDetails d, LocalDate today) {
        var checks = new FieldChecks();
        TraffickingStatus status = checks.required("status", d.status());
        if (status != null && !before.mayMoveTo(status)) {
            checks.add("status", "casework.trafficking.statusOrder");
        }
        notAfter(checks, "returnDate", d.returnDate(), today);
        String place = checks.text("returnPlace", d.returnPlace(), MAX_TEXT);
        String authority = checks.text("handedOverByDetail", d.handedOverByDetail(), MAX_TEXT);
        if (d.handedOverBy() == HandingAuthority.OTHER && authority == null) {
            checks.add("handedOverByDetail", "validation.required");
        }
        HandoverTo to = d.handoverTo();
        String organisation = to == HandoverTo.TO_ORGANISATION
                ? checks.text("handoverOrganisation", d.handoverOrganisation(), MAX_TEXT) : null;
        if (to != null) {
            handover(checks, status, d, organisation, today);
        }
        checks.throwIfAny();
        return new TraffickingDetails(status, d.returnDate(), place, d.handedOverBy(), authority, d.support(), to,
                to == null ? null : d.handoverDate(), organisation);
    }

    private static void handover(FieldChecks checks, @Nullable TraffickingStatus status, TraffickingDetails d,
                                 @Nullable String organisation, LocalDate today) {
        if (status != null && !status.decided()) {
            checks.add("handoverTo", "casework.trafficking.handoverBeforeDecision");
        }
        LocalDate on = checks.required("handoverDate", d.handoverDate());
        notAfter(checks, "handoverDate", on, today);
        if (on != null && d.returnDate() != null && on.isBefore(d.returnDate())) {
            checks.add("handoverDate", "casework.trafficking.handoverBeforeReturn");
        }
        if (d.handoverTo() == HandoverTo.TO_ORGANISATION && organisation == null) {
            checks.add("handoverOrganisation", "validation.required");
        }
    }

    static void notAfter(FieldChecks checks, String field, @Nullable LocalDate day, LocalDate today) {
        if (day != null && day.isAfter(today)) {
            checks.add(field, "casework.date.future");
        }
    }
}
