package org.anhduong.audit;

/**
 * The audit module's entry point: every module records what happened to its records here. Events are append-only and
 * hash-chained. They never hold personal data: a record is named by its type and id, a person by their user id.
 */
public interface AuditTrail {

    /**
     * Records one event. The actor is taken from {@code entry} when given, otherwise it is the signed-in user; the
     * client address comes from the current HTTP request; the time is taken now. Joins the caller's transaction, so a
     * rolled-back change leaves no "success" event behind. Inside a read-only transaction it throws
     * {@link IllegalStateException}: audit a read in a read-write transaction.
     *
     * <p>Recording takes no lock: the event is inserted into {@code audit_pending} with the caller's transaction, and
     * once that transaction commits a sealing thread chains it (gives it its {@code id}, the next in the chain, and
     * its hash), normally within milliseconds; the committing call does not wait for it. {@link AuditSearch} and
     * {@link #awaitSealed()} wait for every seal asked for before them, so the request's own events are searchable as
     * soon as it returns. Where in its transaction an event is recorded therefore does not matter. The chain's order
     * is the order of sealing, so ids and times do not always rise together: an event recorded early in a long
     * transaction is sealed after events of shorter transactions that committed before it.
     *
     * <p>Why not chain the event in the caller's transaction: appending locks the head of the chain, and holding that
     * lock until the caller commits made every audited transaction in the system wait for the one before. The price
     * of not doing so is a short window, normally milliseconds, in which a committed event sits in
     * {@code audit_pending} outside the chain: someone able to delete rows from the database could remove it there
     * and go unnoticed. When the instance stops between commit and seal, or a seal fails, the events wait until the
     * next seal, tried every few seconds ({@code anhduong.audit.seal-interval}) by every instance.
     *
     * <p>{@code action} and {@code recordType} must match {@code [a-z][a-zA-Z0-9._-]{1,63}}; a record id is at
     * most 64 characters and a username at most 100, both without whitespace. Anything else throws
     * {@link IllegalArgumentException}, because free text there could carry personal data.
     */
    void record(AuditEntry entry);

    /**
     * Returns once every event committed before this call is in the chain (or a seal failed, leaving them pending for
     * the next try). For readers that must see the latest events, such as the audit search and tests.
     */
    void awaitSealed();

    /**
     * Seals the committed events still pending, then walks the whole chain from the first event and reports whether it
     * is intact or where it first breaks. Events recorded in the caller's own, still open transaction are not sealed
     * yet and not verified. The verification is itself recorded ({@code audit.verify}, outcome FAILURE with the broken
     * id when broken).
     */
    ChainVerification verify();
}
