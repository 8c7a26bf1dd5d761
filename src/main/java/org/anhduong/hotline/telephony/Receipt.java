package org.anhduong.hotline.telephony;

import org.anhduong.hotline.LiveCallState;

/**
 * The answer to an event: the call's state after it. A repeat of an event handled before gets the same state with
 * {@code duplicate} true, and changed nothing.
 */
public record Receipt(String callId, String event, LiveCallState state, boolean duplicate) {
}
