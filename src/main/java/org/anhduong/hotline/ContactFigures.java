package org.anhduong.hotline;

import org.anhduong.platform.web.InvalidInputException;

import java.time.LocalDate;

/**
 * Contact counts for reporting: how many contacts the hotlines received, by organisation, commune and the contact's
 * own dimensions. Counts only, no person: the only ids are organisations' and lines'.
 *
 * <p><b>Counting rule</b>: a contact is counted once, on the calendar day in Asia/Ho_Chi_Minh of the time it was
 * received ({@code receivedAt}, e.g. 23:30 local on 30/06 counts on 30/06, 00:10 local on 01/07 on 01/07), with its
 * values as they stand now: an edit that moves it to another day, type, commune or category moves it in the counts.
 * Links to cases play no part (a contact linked to two cases counts once). Every contact counts, data and non-data
 * (silent, hang-up, missed…): filter on {@link ContactGroup#type()} for data contacts.
 *
 * <p>Exact: the answer equals a count of the contacts as committed when it is read, including one saved a moment ago.
 * Runs with the system's authority (no signed-in user needed, no role checked) and records no audit event, because it
 * gives no record's content; callers showing figures to people decide who may see them.
 */
public interface ContactFigures {

    /**
     * Contacts received on local days (Asia/Ho_Chi_Minh) {@code from} to {@code to}, both included, grouped by every
     * dimension of {@link ContactGroup}, and distinct contacts per top-level category ({@link CategoryGroup}). Groups
     * without contacts are left out; the order of the lists is unspecified.
     *
     * @throws InvalidInputException on the field {@code to} when {@code to} is before {@code from}
     */
    ContactCounts count(LocalDate from, LocalDate to);
}
