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

    /**
     * The last day of the units before the reform of 1 July 2025 (three levels, 63 provinces). The pre-reform units are
     * versions ending on this day: {@code findOn(oldCode, LAST_DAY_BEFORE_REFORM)} names an old unit even where a
     * current unit reuses its code.
     */
    LocalDate LAST_DAY_BEFORE_REFORM = LocalDate.of(2025, 6, 30);

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

    /**
     * As {@link #search}, among the units valid on a date: {@code searchOn(s, LAST_DAY_BEFORE_REFORM)} finds the units
     * before the 2025 reform by name.
     *
     * @throws InvalidInputException when the limit is outside 1–100
     */
    List<Locality> searchOn(LocalitySearch search, LocalDate date);

    /** Units valid today directly under a parent (the communes of a province), by name. */
    List<Locality> children(String parentCode);

    /**
     * The pre-1-July-2025 units merged into a current unit (empty for a unit that replaced none), by old code. For a
     * province, the old provinces; for a commune, the old communes (phường, xã, thị trấn). Districts are not kept.
     */
    List<UnitMerge> predecessors(String currentCode);

    /**
     * The current units a pre-2025 unit went into (several when it was split), by current code. The code is looked up
     * among the pre-reform codes only, so a code that a current unit reuses still finds the old unit's successors.
     */
    List<UnitMerge> successors(String oldCode);

    /**
     * One pre-reform unit taken into a current one at the reform of 1 July 2025.
     *
     * @param currentName the current unit's name today; the name the mapping gives if a later decree replaced it
     * @param oldName     the old unit's name on 30 June 2025
     * @param partial     only part of the old unit went into this current unit (the rest into others), so figures of
     *                    the old unit cannot be carried over to this one alone
     */
    record UnitMerge(String currentCode, String currentName, String oldCode, String oldName, boolean partial) {
    }

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
