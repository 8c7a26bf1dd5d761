package org.anhduong.geography.internal;

import org.anhduong.geography.LocalityLevel;
import org.jspecify.annotations.Nullable;

/**
 * One checked data line of a units file, its name already NFC.
 *
 * @param line the line number in the file, for problems found after reading (duplicates, unknown parents)
 */
record UnitRow(int line, LocalityLevel level, String code, String name, @Nullable String parentCode) {

    boolean isProvince() {
        return level == LocalityLevel.PROVINCE;
    }
}
