package org.anhduong.hotline;

import org.anhduong.identity.UserAccount;
import org.anhduong.platform.security.UserPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Set;

/** A test user as the security context holds them, for tests that call the facade on the test's own thread. */
record SignedIn(UserAccount account) implements UserPrincipal {

    /** Signs the account in on this thread; pair with {@link #signOut()} in a finally block or an @AfterEach. */
    static void as(UserAccount account) {
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(new SignedIn(account), null, List.of()));
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
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
