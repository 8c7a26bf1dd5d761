package org.anhduong.audit.internal;

import org.anhduong.audit.ChainVerification;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Walks the chain in pages of {@value #PAGE} events by id, so that millions of events never sit in memory at once.
 * It stops at the head read first: events appended meanwhile belong to the next verification, and no isolation level
 * beyond read-committed is needed.
 */
@Component
class ChainVerifier {

    static final int PAGE = 1000;

    private final ChainStore store;

    ChainVerifier(ChainStore store) {
        this.store = store;
    }

    ChainVerification verify() {
        ChainHead head = store.head();
        var walk = new ChainWalk();
        List<ChainedEvent> page = store.page(0, head.lastId(), PAGE);
        while (!page.isEmpty()) {
            for (ChainedEvent event : page) {
                if (!walk.accept(event)) {
                    return walk.finish(head);
                }
            }
            page = store.page(walk.lastId(), head.lastId(), PAGE);
        }
        return walk.finish(head);
    }
}
