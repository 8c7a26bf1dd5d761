package org.anhduong.identity;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** An API token as its owner and administrators see it; the secret itself is shown only once, at creation. */
public record ApiToken(long id, long userId, String name, Instant createdAt, Instant expiresAt,
                       @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

    public boolean usableAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
