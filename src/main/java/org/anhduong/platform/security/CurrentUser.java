package org.anhduong.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** Reads the signed-in user from the security context; modules never depend on identity's internals for it. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<UserPrincipal> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof UserPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public static UserPrincipal require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user in this thread"));
    }
}
