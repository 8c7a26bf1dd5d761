package org.anhduong.hotline;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A call the telephony system reported, as the live-call screen shows it.
 *
 * @param callId         the telephony system's id of the call, unique within the organisation
 * @param lineNumber     the line's number as configured, e.g. "1800 1769"
 * @param callerPhone    the caller's number in E.164; null when withheld
 * @param callerWithheld the caller hid their number
 * @param agentUserId    the counsellor the call rings for or who answered it; null while it rings for everyone of the
 *                       line's organisation
 * @param contactId      the contact saved for this call (attached by the counsellor, or the missed contact recorded
 *                       when nobody answered)
 */
public record LiveCall(String callId, long lineId, String lineNumber, @Nullable String callerPhone,
                       boolean callerWithheld, @Nullable Long agentUserId, LiveCallState state, Instant ringingAt,
                       @Nullable Instant answeredAt, @Nullable Instant endedAt, @Nullable Long contactId) {

    /** Never prints the number. */
    @Override
    public String toString() {
        return "LiveCall[callId=" + callId + ", lineId=" + lineId + ", state=" + state + "]";
    }
}
