package org.anhduong.audit;

/**
 * The audit module's entry point: every module records what happened to its records here. Events are append-only and
 * hash-chained. They never hold personal data: a record is named by its type and id, a person by their user id.
 */
public interface AuditTrail {

    /**
     * Appends one event. The actor is taken from {@code entry} when given, otherwise it is the signed-in user; the
     * client address comes from the current HTTP request. Joins the caller's transaction, so a rolled-back change
     * leaves no "success" event behind. Inside a read-only transaction it throws {@link IllegalStateException}: audit a
     * read in a read-write transaction.
     *
     * <p>Appending locks the head of the chain until the transaction commits, so record as late in a transaction as
     * possible. {@code action} and {@code recordType} must match {@code [a-z][a-zA-Z0-9._-]{1,63}}; a record id is at
     * most 64 characters and a username at most 100, both without whitespace. Anything else throws
     * {@link IllegalArgumentException}, because free text there could carry personal data.
     */
    void record(AuditEntry entry);

    /**
     * Walks the whole chain from the first event and reports whether it is intact or where it first breaks. The
     * verification is itself recorded ({@code audit.verify}, outcome FAILURE with the broken id when broken).
     */
    ChainVerification verify();
}
