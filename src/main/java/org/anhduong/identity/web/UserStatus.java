package org.anhduong.identity.web;

import org.anhduong.identity.UserAccount;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * Whether a user can sign in, as a message key: inactive, locked by an administrator, locked for a while after failed
 * sign-ins ({@code until} says till when), or active.
 */
public record UserStatus(String key, @Nullable Instant until) {

    static UserStatus of(UserAccount user, Instant now) {
        if (!user.active()) {
            return new UserStatus("user.status.inactive", null);
        }
        if (user.locked()) {
            return new UserStatus("user.status.locked", null);
        }
        if (user.lockedUntil() != null && user.lockedUntil().isAfter(now)) {
            return new UserStatus("user.status.lockedUntil", user.lockedUntil());
        }
        return new UserStatus("user.status.active", null);
    }

    public boolean signInPossible() {
        return "user.status.active".equals(key);
    }

    /** A temporarily locked account can be unlocked at once, just as one an administrator locked. */
    public boolean unlockable() {
        return "user.status.locked".equals(key) || "user.status.lockedUntil".equals(key);
    }
}
