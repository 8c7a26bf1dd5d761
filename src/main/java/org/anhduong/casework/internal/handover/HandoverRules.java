package org.anhduong.casework.internal.handover;

import org.anhduong.casework.HandoverDetails;
import org.anhduong.casework.HandoverTo;
import org.anhduong.casework.NewHandoverVisit;
import org.anhduong.casework.TraffickingStatus;
import org.anhduong.casework.internal.FieldChecks;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

/**
 * The rules of a hand-over: its kind and day (not ahead; for trafficking, only once identification is decided and not
 * before her return); an organisation hand-over names the organisation (by id when it is in the system, else by name)
 * and only that one does; the commune is a current unit. A visit comes after the hand-over, never ahead.
 */
final class HandoverRules {

    static final int MAX_TEXT = 200;
    static final int MAX_NOTES = 4000;

    private HandoverRules() {
    }

    /** What the trafficking record says, for a trafficking case; {@code null} for other cases. */
    record Trafficking(TraffickingStatus status, @Nullable LocalDate returnDate) {
    }

    /**
     * The details as kept (texts stripped and in NFC, organisation fields only for an organisation hand-over).
     *
     * @param commune      whether a commune code names a current unit
     * @param organisation whether an organisation id names an active organisation
     * @throws org.anhduong.platform.web.InvalidInputException naming every problem
     */
    static HandoverDetails checked(HandoverDetails d, @Nullable Trafficking trafficking, LocalDate today,
                                   Predicate<String> commune, LongPredicate organisation) {
        var checks = new FieldChecks();
        HandoverTo to = checks.required("to", d.to());
        LocalDate on = checks.required("handedOverOn", d.handedOverOn());
        notAfter(checks, "handedOverOn", on, today);
        if (trafficking != null) {
            trafficking(checks, trafficking, on);
        }
        String communeCode = d.communeCode() == null || d.communeCode().isBlank() ? null : d.communeCode().strip();
        if (communeCode != null && !commune.test(communeCode)) {
            checks.add("communeCode", "casework.commune.unknown");
        }
        String name = checks.text("receiverName", d.receiverName(), MAX_TEXT);
        String notes = checks.text("notes", d.notes(), MAX_NOTES);
        Long orgId = to == HandoverTo.TO_ORGANISATION ? d.receivingOrganisationId() : null;
        String orgName = organisation(checks, to, orgId, d.receivingOrganisationName(), organisation);
        checks.throwIfAny();
        return new HandoverDetails(to, on, communeCode, name, d.receiverRelation(), orgId, orgName, notes);
    }

    /** A trafficking victim is handed over once identification is decided, not before her return. */
    private static void trafficking(FieldChecks checks, Trafficking trafficking, @Nullable LocalDate on) {
        if (!trafficking.status().decided()) {
            checks.add("to", "casework.handover.beforeDecision");
        }
        if (on != null && trafficking.returnDate() != null && on.isBefore(trafficking.returnDate())) {
            checks.add("handedOverOn", "casework.handover.beforeReturn");
        }
    }

    /** The organisation's name as kept: only for a hand-over to an organisation not named by its id. */
    private static @Nullable String organisation(FieldChecks checks, @Nullable HandoverTo to, @Nullable Long id,
                                                 @Nullable String name, LongPredicate known) {
        if (to != HandoverTo.TO_ORGANISATION) {
            return null;
        }
        if (id != null) {
            if (!known.test(id)) {
                checks.add("receivingOrganisationId", "casework.handover.unknownOrganisation");
            }
            return null;
        }
        String kept = checks.text("receivingOrganisationName", name, MAX_TEXT);
        if (kept == null) {
            checks.add("receivingOrganisationName", "casework.handover.organisationRequired");
        }
        return kept;
    }

    /** The visit as kept. */
    static NewHandoverVisit checked(NewHandoverVisit v, LocalDate handedOverOn, LocalDate today) {
        var checks = new FieldChecks();
        LocalDate on = checks.required("visitedOn", v.visitedOn());
        notAfter(checks, "visitedOn", on, today);
        if (on != null && on.isBefore(handedOverOn)) {
            checks.add("visitedOn", "casework.handover.visitBeforeHandover");
        }
        checks.required("wellbeing", v.wellbeing());
        String by = checks.text("visitedBy", v.visitedBy(), MAX_TEXT);
        String notes = checks.text("notes", v.notes(), MAX_NOTES);
        checks.throwIfAny();
        return new NewHandoverVisit(on, by, v.wellbeing(), notes);
    }

    private static void notAfter(FieldChecks checks, String field, @Nullable LocalDate day, LocalDate today) {
        if (day != null && day.isAfter(today)) {
            checks.add(field, "casework.date.future");
        }
    }
}
