package org.anhduong.platform.crypto;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.function.Supplier;

/**
 * A few stateful, not thread-safe objects ({@code Mac}, {@code Cipher}) kept for reuse between calls. Not per thread:
 * requests run on virtual threads, a new one each, so a thread-local would be made anew for every request. A caller
 * takes one, uses it alone and gives it back only when it is in its initial state; one lost to an exception is simply
 * not given back. At most {@value #KEPT} are kept; a burst makes more, and the extra ones are dropped after use.
 */
final class Reusables<T> {

    static final int KEPT = 32;

    private final ArrayBlockingQueue<T> idle = new ArrayBlockingQueue<>(KEPT);
    private final Supplier<T> factory;

    Reusables(Supplier<T> factory) {
        this.factory = factory;
    }

    T take() {
        T kept = idle.poll();
        return kept != null ? kept : factory.get();
    }

    void give(T used) {
        idle.offer(used);
    }
}
