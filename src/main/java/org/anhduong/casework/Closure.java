package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One closure of a case, with what became of it. Texts are decrypted for the case's team.
 *
 * @param statusBefore the open status the case had, to which a reopening returns it
 * @param decidedBy    the supervisor who approved or sent it back; the requester when no approval was needed
 * @param sendBackNote why the supervisor sent it back
 */
public record Closure(long id, long caseId, ClosureState state, ClosureReason reason, @Nullable String outcome,
                      CaseStatus statusBefore, long requestedBy, Instant requestedAt, @Nullable Long decidedBy,
                      @Nullable Instant decidedAt, @Nullable String sendBackNote, @Nullable Long reopenedBy,
                      @Nullable Instant reopenedAt, @Nullable String reopenReason) {
}
