package org.anhduong.audit.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.anhduong.audit.ChainVerification;
import org.jspecify.annotations.Nullable;

/** The API's answer to a verification; {@code firstBrokenId} is written even when null, so clients can rely on it. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record VerificationResponse(boolean intact, long eventsChecked, @Nullable Long firstBrokenId) {

    static VerificationResponse of(ChainVerification result) {
        return new VerificationResponse(result.intact(), result.eventsChecked(), result.firstBrokenId());
    }
}
