package org.anhduong.geography.internal;

import org.anhduong.geography.LocalityLevel;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Objects;

/** The latest version of a unit, the one without an end date, which an import compares the file against. */
record OpenVersion(long id, String code, String name, LocalityLevel level, @Nullable String parentCode,
                   LocalDate validFrom) {

    boolean isProvince() {
        return level == LocalityLevel.PROVINCE;
    }

    boolean sameAs(UnitRow row) {
        return name.equals(row.name()) && level == row.level() && Objects.equals(parentCode, row.parentCode());
    }
}
