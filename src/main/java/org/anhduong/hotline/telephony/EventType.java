package org.anhduong.hotline.telephony;

import java.util.Locale;

/** What happened to a call, as the PBX reports it ({@code "ringing"}, {@code "answered"}, {@code "ended"}). */
enum EventType {
    RINGING,
    ANSWERED,
    ENDED;

    /** The name in events and in the idempotency table. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
