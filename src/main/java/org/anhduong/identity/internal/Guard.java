package org.anhduong.identity.internal;

import org.anhduong.platform.security.CurrentUser;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.ForbiddenException;

/** Server-side role checks of the identity module's operations. */
final class Guard {

    private Guard() {
    }

    static UserPrincipal signedIn() {
        return CurrentUser.get().orElseThrow(ForbiddenException::new);
    }

    static UserPrincipal administrator() {
        UserPrincipal user = signedIn();
        if (!user.hasRole(Roles.ADMINISTRATOR)) {
            throw new ForbiddenException();
        }
        return user;
    }
}
