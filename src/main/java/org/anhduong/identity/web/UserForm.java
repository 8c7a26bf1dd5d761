package org.anhduong.identity.web;

import org.anhduong.identity.UserAccount;
import org.anhduong.identity.internal.UserInput;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The user form as posted, kept as typed for re-rendering. {@code username} is only read when creating: it never
 * changes afterwards (audit entries and sessions refer to it).
 */
public record UserForm(@Nullable String username, @Nullable String fullName, @Nullable String email,
                       @Nullable String phone, @Nullable Long organisationId, @Nullable List<String> roles,
                       @Nullable String localities, boolean active, @Nullable Integer version) {

    static UserForm blank() {
        return new UserForm(null, null, null, null, null, List.of(), null, true, null);
    }

    static UserForm of(UserAccount u) {
        return new UserForm(u.username(), u.fullName(), u.email(), u.phone(), u.organisationId(),
                u.roles().stream().sorted().toList(), String.join(", ", u.localities().stream().sorted().toList()),
                u.active(), u.version());
    }

    /** The edit form does not post the username; the page still shows it. */
    UserForm withUsername(String name) {
        return new UserForm(name, fullName, email, phone, organisationId, roles, localities, active, version);
    }

    UserInput input() {
        return new UserInput(username, fullName, email, phone, organisationId, roles,
                localities == null ? null : List.of(localities), active);
    }

    public boolean hasRole(String code) {
        return roles != null && roles.contains(code);
    }

    public String organisationValue() {
        return organisationId == null ? "" : organisationId.toString();
    }
}
