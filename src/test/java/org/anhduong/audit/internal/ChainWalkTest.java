package org.anhduong.audit.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.ChainVerification;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChainWalkTest {

    @Test
    void anEmptyChainIsIntact() {
        assertThat(new ChainWalk().finish(new ChainHead(0, EventHash.GENESIS)))
                .isEqualTo(new ChainVerification(true, 0, null));
    }

    @Test
    void aChainOfSealedLinkedEventsIsIntact() {
        List<ChainedEvent> chain = chainOf(3);

        assertThat(walk(chain, head(chain))).isEqualTo(new ChainVerification(true, 3, null));
    }

    @Test
    void aMissingFirstEventBreaksTheSecond() {
        List<ChainedEvent> chain = chainOf(3);
        ChainHead head = head(chain);
        chain.removeFirst();

        assertThat(walk(chain, head)).isEqualTo(new ChainVerification(false, 1, 2L));
    }

    @Test
    void aHeadThatPointsPastTheLastEventReportsTheFirstMissingOne() {
        List<ChainedEvent> chain = chainOf(3);
        ChainHead head = head(chain);
        chain.removeLast();

        assertThat(walk(chain, head)).isEqualTo(new ChainVerification(false, 2, 3L));
    }

    @Test
    void aHeadWithAnotherHashReportsTheLastEvent() {
        List<ChainedEvent> chain = chainOf(2);

        assertThat(walk(chain, new ChainHead(2, "e".repeat(64)))).isEqualTo(new ChainVerification(false, 2, 2L));
    }

    private static List<ChainedEvent> chainOf(int size) {
        List<ChainedEvent> chain = new ArrayList<>();
        ChainHead head = new ChainHead(0, EventHash.GENESIS);
        for (int i = 0; i < size; i++) {
            ChainedEvent event = ChainedEvent.after(head, Instant.now(), AuditEntry.success("case.read", "case", i), Actor.NOBODY, null);
            chain.add(event);
            head = new ChainHead(event.id(), event.hash());
        }
        return chain;
    }

    private static ChainHead head(List<ChainedEvent> chain) {
        ChainedEvent last = chain.getLast();
        return new ChainHead(last.id(), last.hash());
    }

    private static ChainVerification walk(List<ChainedEvent> chain, ChainHead head) {
        var walk = new ChainWalk();
        for (ChainedEvent event : chain) {
            if (!walk.accept(event)) {
                break;
            }
        }
        return walk.finish(head);
    }
}
