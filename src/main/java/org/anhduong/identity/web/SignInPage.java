package org.anhduong.identity.web;

import org.jspecify.annotations.Nullable;

/** View model of the sign-in page: an error message key, or the note that the user just signed out. */
public record SignInPage(@Nullable String errorKey, boolean signedOut) {
}
