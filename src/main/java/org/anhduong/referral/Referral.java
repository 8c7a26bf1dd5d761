package org.anhduong.referral;

import org.anhduong.casework.EspSector;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A referral as the case's team sees it: everything, the free texts decrypted. */
public record Referral(long id, int version, long caseId, String survivorCode, long serviceId, String serviceName,
                       long recipientOrganisationId, String recipientName, ServiceType serviceType, EspSector sector,
                       Urgency urgency, ReferralStatus status, @Nullable Long consentId, boolean emergency,
                       @Nullable String emergencyReason, @Nullable String sharedInformation,
                       @Nullable String contactArrangements, @Nullable String declineReason,
                       @Nullable String feedback, @Nullable String withdrawReason, long sentBy, Instant sentAt,
                       @Nullable Instant answeredAt, @Nullable Instant closedAt) {

    /** The minimum the receiving partner may see of it. */
    public SharedReferral shared() {
        return new SharedReferral(id, version, survivorCode, serviceName, serviceType, urgency, status,
                sharedInformation, contactArrangements, declineReason, feedback, sentAt, answeredAt, closedAt);
    }
}
