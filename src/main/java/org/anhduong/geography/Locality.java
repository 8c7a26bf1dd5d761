package org.anhduong.geography;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** One version of an administrative unit. */
public record Locality(String code, String name, LocalityLevel level, @Nullable String parentCode,
                       LocalDate validFrom, @Nullable LocalDate validTo) {
}
