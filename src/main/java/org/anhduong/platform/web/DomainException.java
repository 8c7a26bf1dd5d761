package org.anhduong.platform.web;

import org.springframework.http.HttpStatus;

/**
 * A failure the user can understand and act on. It carries a stable {@code code} for API clients and a message key
 * for people; it never carries personal data, so it is safe to show and to log.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;
    private final String messageKey;
    private final transient Object[] args;

    protected DomainException(String code, String messageKey, Object... args) {
        super(code);
        this.code = code;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public abstract HttpStatus status();

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
