package org.anhduong.audit;

import java.util.List;

/**
 * One page of audit events, newest first.
 *
 * @param page    the 1-based page number asked for
 * @param hasNext true when older events match the same filter
 */
public record AuditEvents(List<AuditEvent> items, int page, boolean hasNext) {

    /** Events per page; fixed so that an administrator's page links stay stable. */
    public static final int PAGE_SIZE = 50;

    public AuditEvents {
        items = List.copyOf(items);
    }
}
