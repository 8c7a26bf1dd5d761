package org.anhduong.hotline.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.hotline.CallBack;
import org.anhduong.hotline.Hotline;
import org.anhduong.platform.security.UserPrincipal;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The call-back queue of the signed-in user's organisation, for counsellors and supervisors. */
@Component
class CallBacks {

    static final String LIST = "contact.callBacks";

    private final CallBackQueue queue;
    private final ContactAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    CallBacks(CallBackQueue queue, ContactAccess access, AuditTrail audit, Clock clock) {
        this.queue = queue;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    List<CallBack> due() {
        UserPrincipal user = access.reader(LIST, null);
        List<CallBack> due = queue.of(user.organisationId(), clock.instant().minus(Duration.ofDays(Hotline.CALL_BACK_DAYS)),
                Hotline.CALL_BACK_LIMIT);
        audit.record(AuditEntry.success(LIST, ContactAccess.CONTACT, null));
        return due;
    }
}
