package org.anhduong.referral;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * What a partner of the receiving organisation sees of a referral: the survivor's code (never her name or case), the
 * service needed, the urgency, what she agreed to share, and how to contact her; and their own answers.
 */
public record SharedReferral(long id, int version, String survivorCode, String serviceName, ServiceType serviceType,
                             Urgency urgency, ReferralStatus status, @Nullable String sharedInformation,
                             @Nullable String contactArrangements, @Nullable String declineReason,
                             @Nullable String feedback, Instant sentAt, @Nullable Instant answeredAt,
                             @Nullable Instant closedAt) {
}
