package org.anhduong.referral;

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
    List<SectorCount> countsBySector(Instant from, Instant to, @org.jspecify.annotations.Nullable Long caseOrganisationId);
}
