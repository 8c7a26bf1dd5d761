package org.anhduong.audit.internal;

/** The tip of the chain: the last event's id and hash (0 and the genesis hash before the first event). */
record ChainHead(long lastId, String lastHash) {
}
