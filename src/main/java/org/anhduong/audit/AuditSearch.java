package org.anhduong.audit;

/**
 * Reading the audit trail. It is kept apart from {@link AuditTrail} because only administrators' screens read the
 * trail while every module writes it; the caller decides who may read (the log shows who worked on which record).
 */
public interface AuditSearch {

    /**
     * The events matching {@code query}, newest first, one page at a time. The search is itself recorded
     * ({@code audit.search}), so call it outside read-only transactions.
     */
    AuditEvents search(AuditQuery query);
}
