package org.anhduong.platform.web;

import org.springframework.http.HttpStatus;

/** A change was sent without If-Match: refusing it is what keeps two people from overwriting each other. */
public class PreconditionRequiredException extends DomainException {

    public PreconditionRequiredException(String messageKey) {
        super("precondition-required", messageKey);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.PRECONDITION_REQUIRED;
    }
}
