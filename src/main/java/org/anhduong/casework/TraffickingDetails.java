package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Set;

/**
 * The trafficking record of a case as a case worker fills it in.
 *
 * @param returnPlace          where she came back, e.g. a border gate; at most 200 characters
 * @param handedOverByDetail   the unit, e.g. "Đồn Biên phòng cửa khẩu Móng Cái"; at most 200 characters
 *
 * <p>The hand-over at the end is no longer part of it: it is recorded with {@link Handovers}, for any case, and the
 * trafficking record lists it ({@link TraffickingRecord#handovers()}).
 */
public record TraffickingDetails(TraffickingStatus status, @Nullable LocalDate returnDate, @Nullable String returnPlace,
                                 @Nullable HandingAuthority handedOverBy, @Nullable String handedOverByDetail,
                                 @Nullable Set<TraffickingSupport> support) {

    public TraffickingDetails {
        support = support == null ? Set.of() : Set.copyOf(support);
    }

    /** A new record: reported, nothing else known. */
    public static TraffickingDetails reported() {
        return new TraffickingDetails(TraffickingStatus.REPORTED, null, null, null, null, Set.of());
    }
}
