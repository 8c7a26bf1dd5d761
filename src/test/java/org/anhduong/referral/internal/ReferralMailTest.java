package org.anhduong.referral.internal;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** Notification emails hold a link and nothing of the referral; without a mail server nothing is sent. */
class ReferralMailTest {

    private final JavaMailSender smtp = mock(JavaMailSender.class);
    @SuppressWarnings("unchecked")
    private final ObjectProvider<JavaMailSender> provider = mock(ObjectProvider.class);
    private final StaticMessageSource messages = new StaticMessageSource();
    private final ReferralProperties properties = new ReferralProperties(null, null, "https://ad.example.vn/", "ad@example.vn");

    ReferralMailTest() {
        Locale vi = Locale.forLanguageTag("vi");
        messages.addMessage("referral.mail.subject.SENT", vi, "Có chuyển gửi mới");
        messages.addMessage("referral.mail.body", vi, "Đăng nhập để xem: {0}");
    }

    @Test
    void anEmailCarriesOnlyALinkToTheReferral() {
        when(provider.getIfAvailable()).thenReturn(smtp);
        new ReferralMail(provider, messages, properties).send(7, "doitac@example.vn", 42, "SENT", "/referrals/inbox/42");
        var sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
        verify(smtp).send(sent.capture());
        assertThat(sent.getValue().getTo()).containsExactly("doitac@example.vn");
        assertThat(sent.getValue().getFrom()).isEqualTo("ad@example.vn");
        assertThat(sent.getValue().getSubject()).isEqualTo("Có chuyển gửi mới");
        assertThat(sent.getValue().getText()).isEqualTo("Đăng nhập để xem: https://ad.example.vn/referrals/inbox/42");
    }

    @Test
    void withoutAMailServerOrAnAddressNothingIsSent() {
        when(provider.getIfAvailable()).thenReturn(null);
        new ReferralMail(provider, messages, properties).send(7, "doitac@example.vn", 42, "SENT", "/x");
        verifyNoInteractions(smtp);
        when(provider.getIfAvailable()).thenReturn(smtp);
        new ReferralMail(provider, messages, properties).send(7, null, 42, "SENT", "/x");
        verify(smtp, never()).send(org.mockito.ArgumentMatchers.any(SimpleMailMessage.class));
    }
}
