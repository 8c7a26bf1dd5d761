package org.anhduong.programme.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditOutcome;
import org.anhduong.audit.AuditTrail;
import org.anhduong.platform.security.CurrentUser;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.ForbiddenException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Who may do what in programme: programme officers and administrators record; they, viewers and supervisors read;
 * administrators extend the code lists. Every refusal is audited DENIED before it is thrown.
 */
@Component
class ProgrammeAccess {

    static final Set<String> EDITORS = Set.of(Roles.PROGRAMME_OFFICER, Roles.ADMINISTRATOR);
    static final Set<String> READERS = Set.of(Roles.PROGRAMME_OFFICER, Roles.ADMINISTRATOR, Roles.VIEWER,
            Roles.SUPERVISOR);
    static final Set<String> CODE_EDITORS = Set.of(Roles.ADMINISTRATOR);

    private final AuditTrail audit;
    private final ProgrammeTransactions tx;

    ProgrammeAccess(AuditTrail audit, ProgrammeTransactions tx) {
        this.audit = audit;
        this.tx = tx;
    }

    UserPrincipal editor(String action, String type, @Nullable Object id) {
        return withRole(EDITORS, action, type, id);
    }

    UserPrincipal reader(String action, String type, @Nullable Object id) {
        return withRole(READERS, action, type, id);
    }

    UserPrincipal withRole(Set<String> roles, String action, String type, @Nullable Object id) {
        UserPrincipal user = CurrentUser.get().orElseThrow(() -> refuse(action, type, id));
        if (roles.stream().noneMatch(user::hasRole)) {
            throw refuse(action, type, id);
        }
        return user;
    }

    private ForbiddenException refuse(String action, String type, @Nullable Object id) {
        tx.separately(() -> audit.record(AuditEntry.of(action, type, id, AuditOutcome.DENIED)));
        return new ForbiddenException();
    }
}
