package org.anhduong.platform.web;

import org.springframework.http.HttpStatus;

/** The record does not exist, or the user may not know that it does: both answer the same. */
public class NotFoundException extends DomainException {

    public NotFoundException(String recordType) {
        super("not-found", "error.notFound", recordType);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.NOT_FOUND;
    }
}
