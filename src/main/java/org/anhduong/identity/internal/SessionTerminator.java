package org.anhduong.identity.internal;

/** Ends every open session of a user, so a lock or deactivation takes effect at once. */
public interface SessionTerminator {

    void endSessionsOf(String username);
}
