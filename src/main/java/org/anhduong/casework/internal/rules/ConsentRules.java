package org.anhduong.casework.internal.rules;

import org.anhduong.casework.ConsentDecision;
import org.anhduong.casework.ConsentDecision.Reason;
import org.anhduong.casework.ConsentPurpose;
import org.anhduong.casework.internal.rules.ConsentFact.GivenBy;
import org.anhduong.platform.time.PartialDate;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * "May this client's data be used for this purpose, with this recipient, today?" Consent is explicit, specific and
 * withdrawable (Law 91/2025/QH15, Decree 356/2025):
 * <ol>
 * <li>Only consents to the same purpose, given on or before today, count. A consent naming the recipient beats one
 *     for any recipient, even a later one: a client who withdrew her consent for one partner has refused that partner,
 *     whatever she said in general. Asking without a recipient (statistics, the organisation's own case management)
 *     considers only consents for any recipient.</li>
 * <li>Among those, the latest (by day given, then by id) decides alone; an older consent never revives.</li>
 * <li>It counts until the day before its withdrawal, and up to and including its last valid day.</li>
 * <li>Capacity is judged on the day it was given, at the youngest age the client can have had that day. Under 16
 *     (a child under Vietnamese law) her guardian consents, and from 7 the child's own agreement is needed too — the
 *     reading of the Law on Children and Decree 356/2025 in DESIGN.md. From 16 she consents herself; a guardian's
 *     consent then counts only with her agreement. With no birth date known, nothing shows a child, so her own
 *     consent counts; a guardian's still needs her agreement, since only a known age under 7 excuses it.</li>
 * </ol>
 * An emergency (danger to life) is not decided here: it is not consent, and the referral records it separately with its
 * reason, so a refusal from this rule is never the last word in an emergency.
 */
public final class ConsentRules {

    /** Below this age a guardian must consent. */
    public static final int SELF_CONSENT_FROM = 16;
    /** From this age a child's own agreement is needed beside the guardian's consent. */
    public static final int OWN_AGREEMENT_FROM = 7;

    private static final Comparator<ConsentFact> LATEST = Comparator.comparing(ConsentFact::givenOn)
            .thenComparingLong(ConsentFact::id);

    private ConsentRules() {
    }

    public static ConsentDecision decide(Collection<ConsentFact> facts, ConsentPurpose purpose,
                                         @Nullable Long recipientOrganisationId, @Nullable PartialDate clientBirth,
                                         LocalDate today) {
        Optional<ConsentFact> applying = applying(facts, purpose, recipientOrganisationId, today);
        if (applying.isEmpty()) {
            return ConsentDecision.refused(Reason.NONE, null);
        }
        ConsentFact fact = applying.get();
        if (fact.withdrawnBy(today)) {
            return ConsentDecision.refused(Reason.WITHDRAWN, fact.id());
        }
        if (fact.expiredBy(today)) {
            return ConsentDecision.refused(Reason.EXPIRED, fact.id());
        }
        Optional<Reason> incapacity = capacityProblem(fact, clientBirth);
        return incapacity.map(reason -> ConsentDecision.refused(reason, fact.id()))
                .orElseGet(() -> ConsentDecision.given(fact.id()));
    }

    private static Optional<ConsentFact> applying(Collection<ConsentFact> facts, ConsentPurpose purpose,
                                                  @Nullable Long recipient, LocalDate today) {
        List<ConsentFact> known = facts.stream()
                .filter(f -> f.purpose() == purpose && !f.givenOn().isAfter(today))
                .toList();
        if (recipient != null) {
            Optional<ConsentFact> specific = known.stream()
                    .filter(f -> recipient.equals(f.recipientOrganisationId())).max(LATEST);
            if (specific.isPresent()) {
                return specific;
            }
        }
        return known.stream().filter(f -> f.recipientOrganisationId() == null).max(LATEST);
    }

    private static Optional<Reason> capacityProblem(ConsentFact fact, @Nullable PartialDate clientBirth) {
        int age = clientBirth == null ? Integer.MAX_VALUE : clientBirth.youngestAgeOn(fact.givenOn());
        boolean agreed = Objects.equals(fact.childAgreed(), Boolean.TRUE);
        if (age < SELF_CONSENT_FROM) {
            if (fact.givenBy() != GivenBy.GUARDIAN) {
                return Optional.of(Reason.GUARDIAN_REQUIRED);
            }
            return age >= OWN_AGREEMENT_FROM && !agreed ? Optional.of(Reason.CHILD_AGREEMENT_MISSING) : Optional.empty();
        }
        return fact.givenBy() == GivenBy.GUARDIAN && !agreed
                ? Optional.of(Reason.CHILD_AGREEMENT_MISSING) : Optional.empty();
    }
}
