package org.anhduong.hotline.web;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A call the telephony system reports as ringing or answered, as the live screen lists it.
 *
 * @param phone     the caller's number, or null when withheld
 * @param ringing   still ringing (else answered)
 * @param contactId the contact already saved for it, if any: then there is nothing to take
 */
public record IncomingCall(String callId, @Nullable String phone, String line, boolean ringing, Instant since,
                           @Nullable Long contactId) {
}
