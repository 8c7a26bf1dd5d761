package org.anhduong.platform.web;

import org.springframework.http.HttpStatus;

/** The user is signed in but their role, area or team does not allow this action. */
public class ForbiddenException extends DomainException {

    public ForbiddenException() {
        super("forbidden", "error.forbidden");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.FORBIDDEN;
    }
}
