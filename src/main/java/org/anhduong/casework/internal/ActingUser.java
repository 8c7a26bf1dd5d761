package org.anhduong.casework.internal;

import org.anhduong.identity.UserAccount;
import org.anhduong.platform.security.UserPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A user on whose behalf casework acts outside their request (an event listener): the work is checked and audited as
 * theirs, with the rights they have now, exactly as if they had clicked.
 */
record ActingUser(UserAccount account) implements UserPrincipal {

    /** Runs {@code work} as the user on this thread, and puts back whatever security context was there. */
    static <T> T runAs(UserAccount account, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(new ActingUser(account), null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @Override
    public long userId() {
        return account.id();
    }

    @Override
    public String username() {
        return account.username();
    }

    @Override
    public String fullName() {
        return account.fullName();
    }

    @Override
    public long organisationId() {
        return account.organisationId();
    }

    @Override
    public Set<String> roles() {
        return account.roles();
    }

    @Override
    public Set<String> localities() {
        return account.localities();
    }
}
