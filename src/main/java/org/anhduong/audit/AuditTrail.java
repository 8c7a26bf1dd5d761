package org.anhduong.audit;

/**
 * The audit module's entry point: every module records what happened to its records here. Events are append-only and
 * hash-chained. They never hold personal data: a record is named by its type and id, a person by their user id.
 */
public interface AuditTrail {

    /**
     * Appends one event. The actor and client address are taken from {@code entry} when given, otherwise from the
     * signed-in user and the current HTTP request. Joins the caller's transaction, so a rolled-back change leaves no
     * "success" event behind.
     */
    void record(AuditEntry entry);

    /** Walks the whole chain from the first event and reports whether it is intact or where it first breaks. */
    ChainVerification verify();
}
