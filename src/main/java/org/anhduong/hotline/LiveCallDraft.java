package org.anhduong.hotline;

import java.time.Instant;

/**
 * The half-filled contact of a counsellor, kept on the server so it survives a page reload. The payload is whatever
 * JSON the live-call screen keeps (the hotline does not interpret it); it is stored encrypted.
 */
public record LiveCallDraft(long userId, String payload, Instant savedAt) {

    /** Never prints the payload. */
    @Override
    public String toString() {
        return "LiveCallDraft[userId=" + userId + ", savedAt=" + savedAt + "]";
    }
}
