package org.anhduong.platform.security;

import java.util.Set;

/**
 * What every module may know about the signed-in user, whatever way they signed in (form or API token).
 * Identity implements it; the other modules read it through {@link CurrentUser}.
 */
public interface UserPrincipal {

    long userId();

    String username();

    String fullName();

    long organisationId();

    /** Role codes such as {@code ADMINISTRATOR}, without Spring's {@code ROLE_} prefix. */
    Set<String> roles();

    /** Codes of the administrative units the user works in; empty means the whole organisation's area. */
    Set<String> localities();

    default boolean hasRole(String role) {
        return roles().contains(role);
    }
}
