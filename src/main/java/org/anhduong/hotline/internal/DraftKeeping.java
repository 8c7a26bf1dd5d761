package org.anhduong.hotline.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.hotline.LiveCallDraft;
import org.anhduong.platform.web.InvalidInputException;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/** The live-call drafts: each counsellor keeps at most one, and only their own. */
@Component
class DraftKeeping {

    static final String RECORD_TYPE = "contactDraft";
    static final int MAX_BYTES = 64 * 1024;

    private final Drafts drafts;
    private final ContactAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    DraftKeeping(Drafts drafts, ContactAccess access, AuditTrail audit, Clock clock) {
        this.drafts = drafts;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    LiveCallDraft save(long userId, String payload) {
        access.draftOwner("contactDraft.save", userId);
        if (payload.isBlank() || payload.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidInputException("payload", "hotline.draft.size", MAX_BYTES / 1024);
        }
        drafts.save(userId, payload, clock.instant());
        audit.record(AuditEntry.success("contactDraft.save", RECORD_TYPE, userId));
        return drafts.find(userId).orElseThrow();
    }

    Optional<LiveCallDraft> find(long userId) {
        access.draftOwner("contactDraft.read", userId);
        Optional<LiveCallDraft> draft = drafts.find(userId);
        draft.ifPresent(d -> audit.record(AuditEntry.success("contactDraft.read", RECORD_TYPE, userId)));
        return draft;
    }

    void discard(long userId) {
        access.draftOwner("contactDraft.discard", userId);
        drafts.delete(userId);
        audit.record(AuditEntry.success("contactDraft.discard", RECORD_TYPE, userId));
    }
}
