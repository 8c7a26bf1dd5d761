package org.anhduong.geography;

import java.util.Locale;
import java.util.Optional;

/** Since 1 July 2025 Vietnam has two levels: provinces and commune-level units (phường, xã, đặc khu). */
public enum LocalityLevel {
    PROVINCE, COMMUNE;

    /** The level named {@code province} or {@code commune} in any case, as written in CSV files and query strings. */
    public static Optional<LocalityLevel> parse(String text) {
        for (LocalityLevel level : values()) {
            if (level.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
