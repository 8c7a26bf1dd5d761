package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Set;

/**
 * The trafficking record of a case as a case worker fills it in.
 *
 * @param returnPlace          where she came back, e.g. a border gate; at most 200 characters
 * @param handedOverByDetail   the unit, e.g. "Đồn Biên phòng cửa khẩu Móng Cái"; at most 200 characters
 * @param handoverTo           to whom she was handed over at the end; only once identification is decided
 * @param handoverOrganisation the organisation, when handed over to one; at most 200 characters
 */
public record TraffickingDetails(TraffickingStatus status, @Nullable LocalDate returnDate, @Nullable String returnPlace,
                                 @Nullable HandingAuthority handedOverBy, @Nullable String handedOverByDetail,
                                 @Nullable Set<TraffickingSupport> support, @Nullable HandoverTo handoverTo,
                                 @Nullable LocalDate handoverDate, @Nullable String handoverOrganisation) {

    public TraffickingDetails {
        support = support == null ? Set.of() : Set.copyOf(support);
    }

    /** A new record: reported, nothing else known. */
    public static TraffickingDetails reported() {
        return new TraffickingDetails(TraffickingStatus.REPORTED, null, null, null, null, Set.of(), null, null, null);
    }
}
