package org.anhduong.geography;

import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Vietnam's administrative units as versioned reference data. Other modules store unit codes and ask here for names;
 * they never read the geography tables.
 */
public interface Localities {

    /** The unit with this code valid today. */
    Optional<Locality> find(String code);

    /** The unit with this code as it was on a date (names and parents change by decree). */
    Optional<Locality> findOn(String code, LocalDate date);

    /**
     * A current unit's name with its province's ("Phường Hồng Gai, Tỉnh Quảng Ninh"), for showing beside a code on a
     * form; empty for no code or one that names no unit valid today.
     */
    default String describe(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return find(code.strip()).map(unit -> unit.name() + (unit.parentCode() == null ? ""
                : find(unit.parentCode()).map(parent -> ", " + parent.name()).orElse(""))).orElse("");
    }

    /** True when the code names a unit valid today. */
    default boolean exists(String code) {
        return find(code).isPresent();
    }

    /**
     * Units valid today whose folded name contains every folded word of {@code query}: names where the query stands as
     * a phrase at the start of a word first, then by folded name.
     *
     * @throws InvalidInputException when the limit is outside 1–100
     */
    List<Locality> search(LocalitySearch search);

    /** Units valid today directly under a parent (the communes of a province), by name. */
    List<Locality> children(String parentCode);

    /**
     * Re-imports units from a CSV with the header {@code level,code,name,parent_code}, as from {@code effectiveDate}.
     *
     * <p>The file replaces the units of the provinces it names (as a province row or as a commune's parent) and
     * leaves every other province alone, so one province's decree can be loaded on its own: a current commune of such
     * a province that the file does not list is closed the day before {@code effectiveDate}; a unit whose name, level
     * or parent changed gets a new version from {@code effectiveDate}; a new code is added; a unit as given stays.
     * Provinces themselves are never closed by an import. All of it happens in one transaction, or nothing does.
     * Administrators only.
     *
     * @param dryRun count what would change without writing anything
     * @throws InvalidInputException with problems per line ({@code "line 12"}) when the file is not valid, or on the
     *                               field {@code effectiveDate} when it does not fall after the versions it would close
     */
    ImportResult importUnits(String csv, LocalDate effectiveDate, boolean dryRun);
}
