package org.anhduong.hotline.telephony;

import java.time.Instant;

/**
 * A line's new telephony secret, shown once to the administrator who asked for it and never again.
 *
 * @param secret  64 hex characters; the HMAC key is the text itself (its ASCII bytes)
 * @param rotated true when it replaced a previous secret, which stopped working at once
 */
public record IssuedSecret(long lineId, String lineNumber, String secret, boolean rotated, Instant issuedAt) {

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "IssuedSecret[lineId=" + lineId + ", rotated=" + rotated + "]";
    }
}
