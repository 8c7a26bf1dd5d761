package org.anhduong.referral.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Notification emails. With {@code spring.mail.host} set they go out by SMTP; otherwise, and when sending fails, one
 * log line says a notification was due: the referral's id, the kind and the user's id, never an address or content.
 * The email itself holds only a link: whoever opens it signs in to see the referral.
 */
@Component
class ReferralMail {

    private static final Logger log = LoggerFactory.getLogger(ReferralMail.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final ReferralProperties properties;

    ReferralMail(ObjectProvider<JavaMailSender> sender, MessageSource messages, ReferralProperties properties) {
        this.sender = sender;
        this.messages = messages;
        this.properties = properties;
    }

    void send(long userId, @org.jspecify.annotations.Nullable String email, long referralId, String kind, String path) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null || email == null || email.isBlank()) {
            log.info("Referral notification {} for referral {} to user {} (not emailed: no mail server or address)",
                    kind, referralId, userId);
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(email);
        message.setSubject(messages.getMessage("referral.mail.subject." + kind, null, VIETNAMESE));
        message.setText(messages.getMessage("referral.mail.body", new Object[]{properties.baseUrl() + path}, VIETNAMESE));
        try {
            smtp.send(message);
            log.info("Referral notification {} for referral {} emailed to user {}", kind, referralId, userId);
        } catch (MailException e) {
            log.warn("Referral notification {} for referral {} to user {} could not be emailed: {}", kind, referralId,
                    userId, e.getClass().getSimpleName());
        }
    }
}
