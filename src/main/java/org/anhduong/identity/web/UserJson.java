package org.anhduong.identity.web;

import org.anhduong.identity.UserAccount;
import org.anhduong.identity.internal.UserInput;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * A user as the API shows it to administrators (the only callers): never the password hash. E-mail and phone are
 * decrypted for them; nobody else reaches this endpoint.
 */
record UserJson(long id, String username, String fullName, @Nullable String email, @Nullable String phone,
                long organisationId, List<String> roles, List<String> localities, boolean active, boolean locked,
                @Nullable Instant lockedUntil, boolean mustChangePassword, @Nullable Instant lastLoginAt, int version) {

    static UserJson of(UserAccount u) {
        return new UserJson(u.id(), u.username(), u.fullName(), u.email(), u.phone(), u.organisationId(),
                u.roles().stream().sorted().toList(), u.localities().stream().sorted().toList(), u.active(), u.locked(),
                u.lockedUntil(), u.mustChangePassword(), u.lastLoginAt(), u.version());
    }

    /** A user as a client sends it; {@code username} is read on creation only, {@code active} defaults to true. */
    record Request(@Nullable String username, @Nullable String fullName, @Nullable String email, @Nullable String phone,
                   @Nullable Long organisationId, @Nullable List<String> roles, @Nullable List<String> localities,
                   @Nullable Boolean active, @Nullable Integer version) {

        UserInput input() {
            return new UserInput(username, fullName, email, phone, organisationId, roles, localities,
                    active == null || active);
        }
    }

    /** A new user with the temporary password to hand over; it is shown this once. */
    record Created(UserJson user, String temporaryPassword) {
    }

    /** A new temporary password after a reset; shown this once. */
    record TemporaryPassword(String temporaryPassword) {
    }

    /** A role: its code and its name in the caller's language. */
    record Role(String code, String name) {
    }
}
