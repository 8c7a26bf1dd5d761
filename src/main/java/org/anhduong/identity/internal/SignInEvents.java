package org.anhduong.identity.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditOutcome;
import org.anhduong.audit.AuditTrail;
import org.anhduong.identity.UserAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts failed sign-ins, locks an account after too many, and audits every attempt. The typed username of an unknown
 * account is never stored or logged: people sometimes type their password into the username field.
 */
@Component
class SignInEvents {

    private static final Logger log = LoggerFactory.getLogger(SignInEvents.class);

    private final Users users;
    private final AuditTrail audit;
    private final IdentityProperties properties;
    private final Clock clock;

    SignInEvents(Users users, AuditTrail audit, IdentityProperties properties, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountDetails account) {
            users.recordSuccess(account.userId(), clock.instant());
            audit.record(AuditEntry.success("login.success", "user", account.userId()).by(account.userId(), account.username()));
        }
    }

    @EventListener
    @Transactional
    public void badCredentials(AuthenticationFailureBadCredentialsEvent event) {
        Optional<UserAccount> user = known(event);
        if (user.isEmpty()) {
            audit.record(AuditEntry.of("login.failure", "user", null, AuditOutcome.FAILURE));
            return;
        }
        long id = user.get().id();
        Instant until = clock.instant().plus(properties.lockout());
        int attempts = users.recordFailure(id, properties.maxFailedLogins(), until);
        audit.record(AuditEntry.of("login.failure", "user", id, AuditOutcome.FAILURE).by(id, user.get().username()));
        if (attempts >= properties.maxFailedLogins()) {
            log.warn("User {} locked for {} after {} failed sign-ins", id, properties.lockout(), attempts);
            audit.record(AuditEntry.of("user.lockout", "user", id, AuditOutcome.SUCCESS).by(id, user.get().username()));
        }
    }

    @EventListener
    @Transactional
    public void locked(AuthenticationFailureLockedEvent event) {
        known(event).ifPresent(u -> audit.record(
                AuditEntry.of("login.locked", "user", u.id(), AuditOutcome.DENIED).by(u.id(), u.username())));
    }

    private Optional<UserAccount> known(AbstractAuthenticationFailureEvent event) {
        String name = event.getAuthentication().getName();
        return name == null ? Optional.empty() : users.findByUsername(name.trim().toLowerCase(Locale.ROOT));
    }
}
