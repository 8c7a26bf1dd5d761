package org.anhduong.geography.internal;

import org.anhduong.geography.ImportResult;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The versioning rule: what an import changes, worked out before anything is written so a dry run and a real run
 * count the same. The file replaces the units of the provinces it names and nothing else, so one province's decree
 * can be loaded without listing the whole country; provinces are never closed (a file always names its own).
 */
record ImportPlan(int unchanged, List<UnitRow> added, List<Change> changed, List<OpenVersion> closed) {

    /** A unit whose name, level or parent changed: the open version ends and the row starts a new one. */
    record Change(OpenVersion before, UnitRow after) {
    }

    static ImportPlan of(List<UnitRow> rows, Map<String, OpenVersion> open) {
        int unchanged = 0;
        List<UnitRow> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        for (UnitRow row : rows) {
            OpenVersion current = open.get(row.code());
            if (current == null) {
                added.add(row);
            } else if (current.sameAs(row)) {
                unchanged++;
            } else {
                changed.add(new Change(current, row));
            }
        }
        return new ImportPlan(unchanged, List.copyOf(added), List.copyOf(changed), missing(rows, open));
    }

    /** Open communes of the provinces the file names that the file no longer lists. */
    private static List<OpenVersion> missing(List<UnitRow> rows, Map<String, OpenVersion> open) {
        Set<String> listed = new HashSet<>();
        Set<String> provinces = new HashSet<>();
        for (UnitRow row : rows) {
            listed.add(row.code());
            provinces.add(row.isProvince() ? row.code() : row.parentCode());
        }
        return open.values().stream()
                .filter(v -> !v.isProvince() && provinces.contains(v.parentCode()) && !listed.contains(v.code()))
                .toList();
    }

    /**
     * True when every version the plan ends began before {@code date} and no added code has a version reaching
     * {@code date}: versions of a code must not overlap.
     *
     * @param codesValidOnOrAfter codes with a closed version that ends on or after {@code date}
     */
    boolean canStartOn(LocalDate date, Set<String> codesValidOnOrAfter) {
        return ending().stream().allMatch(v -> v.validFrom().isBefore(date))
                && added.stream().noneMatch(r -> codesValidOnOrAfter.contains(r.code()));
    }

    List<OpenVersion> ending() {
        return Stream.concat(changed.stream().map(Change::before), closed.stream()).toList();
    }

    List<UnitRow> starting() {
        return Stream.concat(added.stream(), changed.stream().map(Change::after)).toList();
    }

    ImportResult result(LocalDate date, boolean dryRun) {
        return new ImportResult(date, dryRun, unchanged, changed.size(), added.size(), closed.size());
    }
}
