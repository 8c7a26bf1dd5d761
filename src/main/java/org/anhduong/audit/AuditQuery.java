package org.anhduong.audit;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * Which audit events to list. Every criterion is optional; those given must all hold.
 *
 * @param username     the actor's username, exact but case-insensitive
 * @param actorUserId  the actor's user id
 * @param recordType   exact record type, e.g. {@code case}
 * @param recordId     exact record id
 * @param actionPrefix actions starting with this text, e.g. {@code case.} for every action on cases
 * @param outcome      only this outcome
 * @param from         first day, inclusive, as a calendar day in Asia/Ho_Chi_Minh
 * @param to           last day, inclusive, as a calendar day in Asia/Ho_Chi_Minh
 * @param page         1-based page number, {@link AuditEvents#PAGE_SIZE} events a page, newest first
 */
public record AuditQuery(@Nullable String username, @Nullable Long actorUserId, @Nullable String recordType,
                         @Nullable String recordId, @Nullable String actionPrefix, @Nullable AuditOutcome outcome,
                         @Nullable LocalDate from, @Nullable LocalDate to, int page) {

    public AuditQuery {
        if (page < 1) {
            throw new IllegalArgumentException("page starts at 1");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the date range ends before it starts");
        }
    }

    /** The newest events, unfiltered. */
    public static AuditQuery newest() {
        return new AuditQuery(null, null, null, null, null, null, null, null, 1);
    }
}
