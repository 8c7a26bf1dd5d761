package org.anhduong.casework;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClosureAndTransferStatesTest {

    @Test
    void aPendingClosureIsApprovedOrSentBackAndOnlyAClosedOneIsReopened() {
        assertThat(ClosureState.PENDING.mayBecome(ClosureState.CLOSED)).isTrue();
        assertThat(ClosureState.PENDING.mayBecome(ClosureState.SENT_BACK)).isTrue();
        assertThat(ClosureState.PENDING.mayBecome(ClosureState.REOPENED)).isFalse();
        assertThat(ClosureState.CLOSED.mayBecome(ClosureState.REOPENED)).isTrue();
        assertThat(ClosureState.CLOSED.mayBecome(ClosureState.SENT_BACK)).isFalse();
        assertThat(ClosureState.SENT_BACK.mayBecome(ClosureState.CLOSED)).as("a sent-back closure is asked again").isFalse();
        assertThat(ClosureState.REOPENED.mayBecome(ClosureState.CLOSED)).as("closing again is a new closure").isFalse();
        assertThat(ClosureState.PENDING.mayBecome(ClosureState.WITHDRAWN)).isTrue();
        assertThat(ClosureState.CLOSED.mayBecome(ClosureState.WITHDRAWN)).as("an approved closure stays").isFalse();
        assertThat(ClosureState.SENT_BACK.mayBecome(ClosureState.WITHDRAWN)).isFalse();
        assertThat(ClosureState.WITHDRAWN.mayBecome(ClosureState.PENDING)).as("asking again is a new closure").isFalse();
    }

    @Test
    void onlyAPendingTransferIsDecided() {
        assertThat(TransferState.PENDING.mayBecome(TransferState.ACCEPTED)).isTrue();
        assertThat(TransferState.PENDING.mayBecome(TransferState.DECLINED)).isTrue();
        assertThat(TransferState.PENDING.mayBecome(TransferState.WITHDRAWN)).isTrue();
        assertThat(TransferState.PENDING.mayBecome(TransferState.PENDING)).isFalse();
        assertThat(TransferState.ACCEPTED.mayBecome(TransferState.WITHDRAWN)).isFalse();
        assertThat(TransferState.DECLINED.mayBecome(TransferState.ACCEPTED)).isFalse();
    }

    @Test
    void identificationMovesOneStepAtATimeAndADecisionIsFinal() {
        assertThat(TraffickingStatus.REPORTED.mayMoveTo(TraffickingStatus.UNDER_IDENTIFICATION)).isTrue();
        assertThat(TraffickingStatus.REPORTED.mayMoveTo(TraffickingStatus.IDENTIFIED_VICTIM)).isFalse();
        assertThat(TraffickingStatus.REPORTED.mayMoveTo(TraffickingStatus.NOT_A_VICTIM)).isFalse();
        assertThat(TraffickingStatus.UNDER_IDENTIFICATION.mayMoveTo(TraffickingStatus.IDENTIFIED_VICTIM)).isTrue();
        assertThat(TraffickingStatus.UNDER_IDENTIFICATION.mayMoveTo(TraffickingStatus.NOT_A_VICTIM)).isTrue();
        assertThat(TraffickingStatus.UNDER_IDENTIFICATION.mayMoveTo(TraffickingStatus.REPORTED)).isFalse();
        assertThat(TraffickingStatus.IDENTIFIED_VICTIM.mayMoveTo(TraffickingStatus.NOT_A_VICTIM)).isFalse();
        assertThat(TraffickingStatus.NOT_A_VICTIM.mayMoveTo(TraffickingStatus.UNDER_IDENTIFICATION)).isFalse();
        assertThat(TraffickingStatus.IDENTIFIED_VICTIM.mayMoveTo(TraffickingStatus.IDENTIFIED_VICTIM)).isTrue();
    }
}
