package org.anhduong.casework;

import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.NotFoundException;
import org.jspecify.annotations.Nullable;

/**
 * A case's consents (DESIGN.md §3, Law 91/2025/QH15): explicit, for one purpose and one recipient or any, and
 * withdrawable. Decisions follow {@code ConsentRules}, with the client's birth date from her record.
 *
 * <p><b>Who</b>: the case's team (see {@link CaseManagement}) lists, records and withdraws consents; others get
 * {@link NotFoundException}, audited DENIED. A closed case takes no new consent, but a withdrawal is always recorded:
 * a survivor's "no" never waits for a reopening.
 *
 * <p><b>Audit</b> (record type {@code case}): {@code consent.read}, {@code consent.create}, {@code consent.withdraw},
 * {@code consent.check}.
 */
public interface Consents {

    /** The case's consents and today's decision per purpose. */
    ConsentOverview list(long caseId);

    /**
     * Records a consent.
     *
     * @throws InvalidInputException on a missing purpose or giver, a date in the future, a guardian's consent without
     *                               the guardian's relation, a recipient that is no active organisation
     * @throws ConflictException     {@code case-closed} on a closed case
     */
    Consent record(long caseId, NewConsent consent);

    /**
     * Withdraws a consent: it stays, marked withdrawn from that day.
     *
     * @throws ConflictException {@code consent-withdrawn} when it already was
     */
    Consent withdraw(long caseId, long consentId, ConsentWithdrawal withdrawal);

    /** {@link #mayShare} for the case's team, audited as {@code consent.check}. */
    ConsentDecision check(long caseId, ConsentPurpose purpose, @Nullable Long recipientOrganisationId);

    /**
     * May this case's data be shared with organisation X (or, with {@code null}, used without naming one) for purpose
     * Y, today? For other modules (referral, reporting) deciding on their own behalf: it runs with the system's
     * authority, checks no user and records no audit event, and its answer carries no personal data (the decision,
     * its reason and the consent's id). The caller audits the sharing it then does. An emergency (danger to life) is
     * not consent and is never answered here.
     *
     * @throws NotFoundException when there is no such case
     */
    ConsentDecision mayShare(long caseId, ConsentPurpose purpose, @Nullable Long recipientOrganisationId);
}
