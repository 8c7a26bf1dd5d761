package org.anhduong.referral.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The referral module's settings ({@code anhduong.referral.*}).
 *
 * @param reminderAfter       how long a referral may wait for an answer before the partner is reminded
 * @param urgentReminderAfter the same for an urgent referral
 * @param baseUrl             the application's address, for links in emails (e.g. https://anhduong.example.vn)
 * @param mailFrom            the sender address of notification emails (with {@code spring.mail.host} set)
 */
@ConfigurationProperties("anhduong.referral")
record ReferralProperties(@Nullable Duration reminderAfter, @Nullable Duration urgentReminderAfter,
                          @Nullable String baseUrl, @Nullable String mailFrom) {

    ReferralProperties {
        reminderAfter = reminderAfter == null ? Duration.ofHours(24) : reminderAfter;
        urgentReminderAfter = urgentReminderAfter == null ? Duration.ofHours(1) : urgentReminderAfter;
        baseUrl = baseUrl == null ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        mailFrom = mailFrom == null ? "no-reply@anhduong.local" : mailFrom;
    }
}
