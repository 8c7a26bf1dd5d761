package org.anhduong.hotline.web;

import org.anhduong.platform.web.DomainException;
import org.springframework.http.HttpStatus;

/** A change was sent without If-Match: refusing it is what keeps two counsellors from overwriting each other. */
class PreconditionRequiredException extends DomainException {

    PreconditionRequiredException() {
        super("precondition-required", "hotline.ifMatch.required");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.PRECONDITION_REQUIRED;
    }
}
