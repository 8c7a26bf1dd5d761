package org.anhduong.casework.internal.trafficking;

import org.anhduong.casework.HandingAuthority;
import org.anhduong.casework.TraffickingDetails;
import org.anhduong.casework.TraffickingStatus;
import org.anhduong.casework.internal.FieldChecks;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * The rules of a trafficking record: identification moves one step at a time and a decision is final; no date lies
 * ahead. (The hand-over's rules are the hand-over's: {@code internal.handover.HandoverRules}.)
 */
final class TraffickingRules {

    static final int MAX_TEXT = 200;

    private TraffickingRules() {
    }

    /**
     * The details as kept (texts stripped and in NFC).
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
        checks.throwIfAny();
        return new TraffickingDetails(status, d.returnDate(), place, d.handedOverBy(), authority, d.support());
    }

    static void notAfter(FieldChecks checks, String field, @Nullable LocalDate day, LocalDate today) {
        if (day != null && day.isAfter(today)) {
            checks.add(field, "casework.date.future");
        }
    }
}
