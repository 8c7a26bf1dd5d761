package org.anhduong.hotline;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * Which contacts of the user's organisation to list, newest first. Every criterion is optional; those given must all
 * hold. Invalid combinations (a range ending before it starts, a page below 1, a size outside 1–200) are reported as
 * field problems by {@link Hotline#search}.
 *
 * @param from      first day, inclusive, as a calendar day in Asia/Ho_Chi_Minh
 * @param to        last day, inclusive, as a calendar day in Asia/Ho_Chi_Minh
 * @param category  a category code; contacts carrying it or any category below it match
 * @param gbvRelated  true for GBV-related contacts only, false for the others
 * @param communeCode the commune the contacts are about ({@code locality_code})
 * @param page      1-based page number
 * @param size      contacts per page
 */
public record ContactQuery(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable ContactType type,
                           @Nullable String category, @Nullable Long lineId, @Nullable Long counsellorId,
                           @Nullable Urgency urgency, @Nullable Channel channel, @Nullable Direction direction,
                           @Nullable Boolean gbvRelated, @Nullable String communeCode, int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    /** The newest contacts, unfiltered. */
    public static ContactQuery newest() {
        return new ContactQuery(null, null, null, null, null, null, null, null, null, null, null, 1, DEFAULT_SIZE);
    }
}
