package org.anhduong.casework.internal.work;

import org.anhduong.casework.internal.NeedToKnow;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.security.UserPrincipal;

import java.util.Map;

/** The parameters of {@link NeedToKnow#VISIBLE_SQL} for a user: the cases on whose team they are. */
final class Visible {

    private Visible() {
    }

    static Map<String, Object> to(UserPrincipal user) {
        return Map.of("user", user.userId(), "supervisor", user.hasRole(Roles.SUPERVISOR), "org", user.organisationId());
    }
}
