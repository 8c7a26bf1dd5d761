package org.anhduong.referral;

import org.anhduong.casework.EspSector;

import java.time.Instant;

/** A referral was sent; {@code emergency} when it went without consent under the emergency exception. */
public record ReferralSent(long referralId, long caseId, long caseOrganisationId, long recipientOrganisationId,
                           ServiceType serviceType, EspSector sector, Urgency urgency, boolean emergency, long sentBy,
                           Instant at) {
}
