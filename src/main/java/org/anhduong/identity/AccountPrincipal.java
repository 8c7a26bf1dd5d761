package org.anhduong.identity;

import org.anhduong.platform.security.UserPrincipal;

import java.util.Set;

/**
 * A user account as the security context holds it, for work done on the user's behalf outside their own request (an
 * event listener, with {@code CurrentUser.runAs}): the work is checked and audited as theirs, with the rights the
 * account has now, exactly as if they had clicked.
 */
public record AccountPrincipal(UserAccount account) implements UserPrincipal {

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
