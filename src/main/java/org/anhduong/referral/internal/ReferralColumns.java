package org.anhduong.referral.internal;

import org.anhduong.platform.crypto.EncryptedColumns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The referral's free texts that can be personal, each under its own encryption context, and the columns the
 * key-rotation command re-encrypts. The service directory is organisational data and stays plain.
 */
@Configuration(proxyBeanMethods = false)
class ReferralColumns {

    static final String EMERGENCY_REASON = "referral.emergencyReason";
    static final String SHARED = "referral.shared";
    static final String CONTACT = "referral.contact";
    static final String DECLINE_REASON = "referral.declineReason";
    static final String FEEDBACK = "referral.feedback";
    static final String WITHDRAW_REASON = "referral.withdrawReason";

    @Bean
    EncryptedColumns referralEncryptedColumns() {
        return EncryptedColumns.in("referral_referrals")
                .column("emergency_reason_enc", EMERGENCY_REASON)
                .column("shared_enc", SHARED)
                .column("contact_enc", CONTACT)
                .column("decline_reason_enc", DECLINE_REASON)
                .column("feedback_enc", FEEDBACK)
                .column("withdraw_reason_enc", WITHDRAW_REASON)
                .build();
    }
}
