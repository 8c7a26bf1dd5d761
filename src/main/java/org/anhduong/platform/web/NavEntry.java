package org.anhduong.platform.web;

import java.util.Set;

/**
 * One item of the main navigation. Modules declare them as beans; the layout shows those the user's roles allow.
 * An empty role set means every signed-in user.
 */
public record NavEntry(int order, String path, String labelKey, Set<String> roles) {

    public boolean visibleTo(Set<String> userRoles) {
        return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
    }
}
