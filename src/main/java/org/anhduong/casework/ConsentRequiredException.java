package org.anhduong.casework;

import org.anhduong.platform.web.DomainException;
import org.springframework.http.HttpStatus;

/** Sharing or transferring the case needs a consent that is not there (ProblemDetail code {@code consent-required}). */
public class ConsentRequiredException extends DomainException {

    private final ConsentDecision.Reason reason;

    public ConsentRequiredException(ConsentDecision.Reason reason) {
        super("consent-required", "casework.transfer.consentRequired");
        this.reason = reason;
    }

    /** Why no consent allows it: none, withdrawn, expired, or given by the wrong person. */
    public ConsentDecision.Reason reason() {
        return reason;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }
}
