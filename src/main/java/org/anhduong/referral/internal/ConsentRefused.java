package org.anhduong.referral.internal;

import org.anhduong.casework.ConsentDecision;
import org.anhduong.platform.web.ConflictException;

/**
 * No valid consent to refer the survivor to this organisation, and no emergency exception (ProblemDetail code
 * {@code consent-required}). The message names why (none, withdrawn, expired, …), never the survivor.
 */
class ConsentRefused extends ConflictException implements Refusal {

    ConsentRefused(ConsentDecision.Reason reason) {
        super("consent-required", "referral.consent.required." + reason.name());
    }
}
