package org.anhduong.audit.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.platform.security.CurrentUser;
import org.jspecify.annotations.Nullable;

import java.util.Locale;

/** Who did it: named by the entry (a login attempt, a system job) or else the signed-in user, or nobody. */
record Actor(@Nullable Long userId, @Nullable String username) {

    static final Actor NOBODY = new Actor(null, null);

    static Actor of(AuditEntry entry) {
        if (entry.actorUserId() != null || entry.actorUsername() != null) {
            return new Actor(entry.actorUserId(), entry.actorUsername());
        }
        return CurrentUser.get().map(user -> new Actor(user.userId(), user.username())).orElse(NOBODY);
    }

    /** The search key of a username; Locale.ROOT so that it folds the same on every server. */
    static @Nullable String key(@Nullable String username) {
        return username == null ? null : username.toLowerCase(Locale.ROOT);
    }
}
