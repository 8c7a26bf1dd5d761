package org.anhduong.test;

import org.anhduong.identity.AccountPrincipal;
import org.anhduong.identity.UserAccount;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

/** Signs a test user in, for tests that call a module's facade on the test's own thread. */
public final class SignedIn {

    private SignedIn() {
    }

    /** Signs the account in on this thread; pair with {@link #signOut()} in a finally block or an @AfterEach. */
    public static void as(UserAccount account) {
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(new AccountPrincipal(account), null, List.of()));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
