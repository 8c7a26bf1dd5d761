package org.anhduong.referral;

import org.anhduong.casework.EspSector;

import java.time.Instant;

/** A referral was withdrawn (ids and categories only, for counting; never its texts). */
public record ReferralWithdrawn(long referralId, long caseId, long caseOrganisationId, long recipientOrganisationId,
                         ServiceType serviceType, EspSector sector, long by, Instant at) {
}
