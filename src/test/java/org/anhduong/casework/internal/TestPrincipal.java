package org.anhduong.casework.internal;

import org.anhduong.platform.security.UserPrincipal;

import java.util.Set;

/** A user for rule tests: an id, an organisation and roles. */
record TestPrincipal(long userId, long organisationId, Set<String> roles) implements UserPrincipal {

    static TestPrincipal of(long userId, long organisationId, String... roles) {
        return new TestPrincipal(userId, organisationId, Set.of(roles));
    }

    @Override
    public String username() {
        return "u" + userId;
    }

    @Override
    public String fullName() {
        return "User " + userId;
    }

    @Override
    public Set<String> localities() {
        return Set.of();
    }
}
