package org.anhduong.platform.web;

import org.springframework.http.HttpStatus;

/** Someone else changed the record first (optimistic locking), or the change clashes with existing data. */
public class ConflictException extends DomainException {

    public ConflictException(String code, String messageKey, Object... args) {
        super(code, messageKey, args);
    }

    public static ConflictException staleVersion() {
        return new ConflictException("stale-version", "error.staleVersion");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }
}
