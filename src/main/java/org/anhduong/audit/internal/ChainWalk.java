package org.anhduong.audit.internal;

import org.anhduong.audit.ChainVerification;
import org.jspecify.annotations.Nullable;

/**
 * Follows the chain one event at a time: every event must carry its predecessor's hash and a hash that matches its
 * own content, and the last one must be the event the head points to.
 */
final class ChainWalk {

    private String expectedPrevHash = EventHash.GENESIS;
    private long lastId;
    private long checked;
    private @Nullable Long firstBrokenId;

    /** Checks the next event; false once the chain is broken, when walking further would tell nothing new. */
    boolean accept(ChainedEvent event) {
        checked++;
        if (!event.prevHash().equals(expectedPrevHash) || !event.sealIntact()) {
            firstBrokenId = event.id();
            return false;
        }
        expectedPrevHash = event.hash();
        lastId = event.id();
        return true;
    }

    long lastId() {
        return lastId;
    }

    /**
     * The verdict once all events up to the head are read. Events deleted from the end leave no broken link behind,
     * only a head that points further than the walk got: the first missing id is then reported.
     */
    ChainVerification finish(ChainHead head) {
        if (firstBrokenId != null) {
            return new ChainVerification(false, checked, firstBrokenId);
        }
        if (lastId != head.lastId()) {
            return new ChainVerification(false, checked, lastId + 1);
        }
        if (!expectedPrevHash.equals(head.lastHash())) {
            return new ChainVerification(false, checked, lastId);
        }
        return new ChainVerification(true, checked, null);
    }
}
