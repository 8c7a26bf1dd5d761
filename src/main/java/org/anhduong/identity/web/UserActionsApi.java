package org.anhduong.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.identity.internal.IdentityAdministration;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lock, unlock and password reset of a user, for administrators. */
@RestController
@RequestMapping(UserApi.PATH + "/{id}")
@Tag(name = "Identity")
class UserActionsApi {

    private final IdentityAdministration administration;

    UserActionsApi(IdentityAdministration administration) {
        this.administration = administration;
    }

    @PostMapping("/lock")
    @Operation(summary = "Lock a user: no sign-in, no API access, sessions ended",
            description = "Answers 409 with code cannot-lock-self for your own account.")
    UserJson lock(@PathVariable long id) {
        administration.setLocked(id, true);
        return UserJson.of(administration.user(id));
    }

    @PostMapping("/unlock")
    @Operation(summary = "Unlock a user, also after a lockout for failed sign-ins")
    UserJson unlock(@PathVariable long id) {
        administration.setLocked(id, false);
        return UserJson.of(administration.user(id));
    }

    @PostMapping("/password-reset")
    @Operation(summary = "Give a user a new temporary password",
            description = "Returns it this once; the user must change it at next sign-in. Their sessions end.")
    UserJson.TemporaryPassword resetPassword(@PathVariable long id) {
        return new UserJson.TemporaryPassword(administration.resetPassword(id));
    }
}
