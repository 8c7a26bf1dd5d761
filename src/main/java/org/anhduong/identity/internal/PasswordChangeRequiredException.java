package org.anhduong.identity.internal;

import org.anhduong.platform.web.DomainException;
import org.springframework.http.HttpStatus;

/** A user still on a temporary password may do nothing else until they have chosen their own. */
public class PasswordChangeRequiredException extends DomainException {

    public PasswordChangeRequiredException() {
        super("password-change-required", "password.changeRequired");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.FORBIDDEN;
    }
}
