package org.anhduong.identity.web;

import org.anhduong.identity.ApiToken;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * View model of the API token pages: one's own tokens ({@code admin} false) or everyone's. {@code secret} is the token
 * just created, shown in this response only.
 */
public record TokensPage(boolean admin, List<Row> rows, @Nullable String secret, @Nullable String name,
                         FieldErrors errors, @Nullable String notice) {

    public String revokePath(long id) {
        return (admin ? TokenController.ADMIN : TokenController.OWN) + "/" + id + "/revoke";
    }

    /** One token; {@code owner} is the owner's username on the administrators' page, empty on one's own. */
    public record Row(long id, String name, String owner, Instant createdAt, Instant expiresAt,
                      @Nullable Instant lastUsedAt, String statusKey) {

        static Row of(ApiToken token, String owner, Instant now) {
            String status = token.revokedAt() != null ? "token.status.revoked"
                    : token.expiresAt().isAfter(now) ? "token.status.active" : "token.status.expired";
            return new Row(token.id(), token.name(), owner, token.createdAt(), token.expiresAt(), token.lastUsedAt(), status);
        }

        public boolean revocable() {
            return "token.status.active".equals(statusKey);
        }
    }
}
