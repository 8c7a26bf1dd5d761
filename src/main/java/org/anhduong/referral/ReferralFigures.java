package org.anhduong.referral;

import org.anhduong.casework.EspSector;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * Aggregate figures for reporting: counts only, no case and no person. Runs with the system's authority; the caller
 * (the reporting module) decides who may see its reports.
 */
public interface ReferralFigures {

    /**
     * Per sector (every sector, zero included), referrals sent in [from, to), accepted in it and completed in it,
     * optionally for the referrals of one organisation's cases.
     */
    List<SectorCount> countsBySector(Instant from, Instant to, @Nullable Long caseOrganisationId);

    /**
     * Referrals with a send, acceptance or completion in [from, to), by id, each with the three moments it has (in or
     * out of the period): the rows behind {@link #countsBySector}, carrying the case id so that the reporting module
     * can keep the cases its scope allows. Counting rule, which gives {@code countsBySector} exactly: for a sector,
     * {@code sent} is the number of facts of that sector whose {@code sentAt} lies in [from, to), {@code accepted}
     * those whose {@code acceptedAt} does, {@code completed} those whose {@code completedAt} does; the organisation
     * filter keeps the facts of that {@code caseOrganisationId}. A declined or withdrawn referral appears for its send
     * (and acceptance) only. The moments are those of the referral's history steps.
     *
     * @throws IllegalArgumentException when {@code to} is not after {@code from}
     */
    List<ReferralFact> facts(Instant from, Instant to);

    /**
     * One referral as reporting counts it.
     *
     * @param caseOrganisationId the organisation of the referring case when the referral was sent
     * @param sector             the sector of the service referred to
     * @param acceptedAt         when the partner accepted it; null while it has not
     * @param completedAt        when the partner completed it; null while it has not
     */
    record ReferralFact(long referralId, long caseId, long caseOrganisationId, EspSector sector, Instant sentAt,
                        @Nullable Instant acceptedAt, @Nullable Instant completedAt) {
    }
}
