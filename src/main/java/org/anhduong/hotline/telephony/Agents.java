package org.anhduong.hotline.telephony;

import org.anhduong.identity.UserAccount;
import org.anhduong.identity.UserDirectory;
import org.anhduong.platform.security.Roles;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Matches the {@code agent} of an event to a counsellor. The PBX names the agent by username (an extension mapping
 * is a later addition). An agent that matches nobody of the line's organisation who takes calls is dropped, and the
 * call rings for everyone there: better than a call nobody sees.
 */
@Component
class Agents {

    private static final Logger log = LoggerFactory.getLogger(Agents.class);

    private final UserDirectory directory;

    Agents(UserDirectory directory) {
        this.directory = directory;
    }

    @Nullable Long userId(@Nullable String agent, long organisationId) {
        if (agent == null) {
            return null;
        }
        Long id = directory.findUserByUsername(agent)
                .filter(user -> user.active() && user.organisationId() == organisationId && takesCalls(user))
                .map(UserAccount::id)
                .orElse(null);
        if (id == null) {
            // The name is left out: a mistyped agent could be anything a PBX holds.
            log.info("Telephony agent matches no counsellor of organisation {}; the call rings for all", organisationId);
        }
        return id;
    }

    private static boolean takesCalls(UserAccount user) {
        return user.roles().contains(Roles.HOTLINE_COUNSELLOR) || user.roles().contains(Roles.SUPERVISOR);
    }
}
