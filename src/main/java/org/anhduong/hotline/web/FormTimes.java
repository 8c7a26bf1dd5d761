package org.anhduong.hotline.web;

import org.anhduong.platform.web.Ui;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Times as counsellors type and read them, in Vietnam: "dd/MM/yyyy HH:mm", seconds only when a telephony system gave
 * them (so a call's duration survives the round trip through the form); "HH:mm" alone means today. Dates are
 * "dd/MM/yyyy".
 */
final class FormTimes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("H:mm[:ss]").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN_DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter SHOWN_MINUTE = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    private static final DateTimeFormatter SHOWN_SECOND = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");
    private static final DateTimeFormatter SHOWN_CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private FormTimes() {
    }

    static String instant(@Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        LocalDateTime local = LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), Ui.ZONE);
        return (local.getSecond() == 0 ? SHOWN_MINUTE : SHOWN_SECOND).format(local);
    }

    static String time(@Nullable LocalTime time) {
        return time == null ? "" : SHOWN_CLOCK.format(time);
    }

    static String date(@Nullable LocalDate date) {
        return date == null ? "" : SHOWN_DAY.format(date);
    }

    /** "02/03/2026 20:05", "2/3/2026 20:05:07", or "20:05" for today; empty when it is none of these. */
    static Optional<Instant> parseInstant(String text, Clock clock) {
        String[] parts = text.strip().split("\\s+");
        try {
            if (parts.length == 1) {
                LocalDate today = LocalDate.now(clock.withZone(Ui.ZONE));
                return Optional.of(LocalTime.parse(parts[0], CLOCK).atDate(today).atZone(Ui.ZONE).toInstant());
            }
            if (parts.length == 2) {
                LocalDate day = LocalDate.parse(parts[0], DAY);
                return Optional.of(LocalTime.parse(parts[1], CLOCK).atDate(day).atZone(Ui.ZONE).toInstant());
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static Optional<LocalTime> parseTime(String text) {
        try {
            return Optional.of(LocalTime.parse(text.strip(), CLOCK));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), DAY));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
