package org.anhduong.identity.web;

import org.jspecify.annotations.Nullable;

/** The change-password form; passwords are never sent back to the browser. */
public record PasswordForm(@Nullable String currentPassword, @Nullable String newPassword,
                           @Nullable String confirmPassword) {
}
