package org.anhduong.hotline;

/**
 * Where a call reported by the telephony system stands. {@code RINGING} and {@code ANSWERED} are live; a call that
 * ended without being answered is {@code MISSED} (and becomes a missed contact when no contact was attached to it).
 */
public enum LiveCallState {
    RINGING,
    ANSWERED,
    ENDED,
    MISSED
}
