package org.anhduong.hotline.telephony;

import org.anhduong.platform.web.DomainException;
import org.springframework.http.HttpStatus;

/**
 * A telephony request that could not be authenticated: signature or timestamp missing, malformed, wrong or too old, or
 * a line without a secret. One exception and one message for all of them, so a caller learns nothing about which.
 */
public final class InvalidSignatureException extends DomainException {

    InvalidSignatureException() {
        super("invalid-signature", "hotline.telephony.invalidSignature");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.UNAUTHORIZED;
    }
}
