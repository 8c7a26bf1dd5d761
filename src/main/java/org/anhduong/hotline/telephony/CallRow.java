package org.anhduong.hotline.telephony;

import org.anhduong.hotline.LiveCall;
import org.anhduong.hotline.LiveCallState;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A row of telephony_calls with the caller's number decrypted and the line's number joined. */
record CallRow(long id, long organisationId, String callId, long lineId, String lineNumber, @Nullable String callerPhone,
               boolean callerWithheld, @Nullable Long agentUserId, LiveCallState state, Instant ringingAt,
               @Nullable Instant answeredAt, @Nullable Instant endedAt, @Nullable Long contactId) {

    LiveCall toLiveCall() {
        return new LiveCall(callId, lineId, lineNumber, callerPhone, callerWithheld, agentUserId, state, ringingAt,
                answeredAt, endedAt, contactId);
    }

    /** Never prints the number. */
    @Override
    public String toString() {
        return "CallRow[id=" + id + ", state=" + state + "]";
    }
}
