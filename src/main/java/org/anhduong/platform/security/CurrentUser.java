package org.anhduong.platform.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

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

    /**
     * Runs {@code work} as the user on this thread (an event listener acting for whoever raised the event), and puts
     * back whatever security context was there.
     */
    public static <T> T runAs(UserPrincipal user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
