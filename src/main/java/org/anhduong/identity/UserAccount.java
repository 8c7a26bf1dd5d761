package org.anhduong.identity;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Set;

/** A staff or partner user as administrators see it (never the password hash). */
public record UserAccount(long id, String username, String fullName, @Nullable String email, @Nullable String phone,
                          long organisationId, Set<String> roles, Set<String> localities, boolean active, boolean locked,
                          @Nullable Instant lockedUntil, boolean mustChangePassword, @Nullable Instant lastLoginAt,
                          int version) {

    /** Locked by an administrator, or for a while after too many failed sign-ins. */
    public boolean lockedAt(Instant now) {
        return locked || (lockedUntil != null && lockedUntil.isAfter(now));
    }
}
