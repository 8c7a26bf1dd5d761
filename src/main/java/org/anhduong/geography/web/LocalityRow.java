package org.anhduong.geography.web;

import org.anhduong.geography.LocalityLevel;

import java.time.LocalDate;

/** One result row: a unit with its province's name (empty for a province). */
public record LocalityRow(String code, String name, LocalityLevel level, String parentName, LocalDate validFrom) {
}
