package org.anhduong.hotline.telephony;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One event as a PBX reported it, checked: the number in E.164 (null when withheld), the time to the microsecond.
 *
 * @param agent the username the PBX names, not yet matched to a user
 */
record TelephonyEvent(String callId, EventType type, @Nullable String callerPhone, boolean callerWithheld,
                      @Nullable String agent, Instant at) {

    /** Never prints the number. */
    @Override
    public String toString() {
        return "TelephonyEvent[callId=" + callId + ", type=" + type + "]";
    }
}
