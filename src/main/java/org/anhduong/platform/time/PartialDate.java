package org.anhduong.platform.time;

import org.jspecify.annotations.Nullable;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of which only the year, or the month and year, may be known: a survivor often knows the year she was born
 * or the month an incident happened, not the day. Stored as ISO text ({@code 2010}, {@code 2010-05},
 * {@code 2010-05-17}) and shown in Vietnamese order ({@code 2010}, {@code 05/2010}, {@code 17/05/2010}).
 *
 * @param month 1–12, or null when unknown
 * @param day   1–31 and valid for the month, or null when unknown; only with a month
 */
public record PartialDate(int year, @Nullable Integer month, @Nullable Integer day) implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern SHOWN = Pattern.compile("(?:(?:(\\d{1,2})/)?(\\d{1,2})/)?(\\d{4})");
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2200;

    public PartialDate {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new DateTimeException("year out of range");
        }
        if (day != null && month == null) {
            throw new DateTimeException("a day needs a month");
        }
        if (month != null) {
            YearMonth ym = YearMonth.of(year, month);
            if (day != null && !ym.isValidDay(day)) {
                throw new DateTimeException("no such day in that month");
            }
        }
    }

    public static PartialDate of(int year) {
        return new PartialDate(year, null, null);
    }

    public static PartialDate of(int year, int month) {
        return new PartialDate(year, month, null);
    }

    public static PartialDate of(int year, int month, int day) {
        return new PartialDate(year, month, day);
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Reads the ISO form ({@code 2010}, {@code 2010-05}, {@code 2010-05-17}) or the form shown to people
     * ({@code 2010}, {@code 05/2010}, {@code 17/05/2010}); surrounding spaces are ignored.
     *
     * @throws DateTimeException when the text is neither, or names no real date
     */
    public static PartialDate parse(String text) {
        String t = Objects.requireNonNull(text, "text").strip();
        Matcher iso = ISO.matcher(t);
        if (iso.matches()) {
            return from(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher shown = SHOWN.matcher(t);
        if (shown.matches()) {
            return from(shown.group(3), shown.group(2), shown.group(1));
        }
        throw new DateTimeException("not a date");
    }

    /** Like {@link #parse} but null for null or blank text. */
    public static @Nullable PartialDate parseOrNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : parse(text);
    }

    private static PartialDate from(String year, @Nullable String month, @Nullable String day) {
        return new PartialDate(Integer.parseInt(year), month == null ? null : Integer.valueOf(month),
                day == null ? null : Integer.valueOf(day));
    }

    public boolean isComplete() {
        return day != null;
    }

    /** The first day the date may be. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** The last day the date may be. */
    public LocalDate latest() {
        if (month == null) {
            return LocalDate.of(year, 12, 31);
        }
        return day == null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
    }

    /**
     * Completed years on {@code on} for someone born on this date, taking the latest possible birthday: the youngest
     * the person can be. Protection rules ("is this a child?") use it, so that doubt counts in the child's favour.
     */
    public int youngestAgeOn(LocalDate on) {
        return (int) Math.max(0, ChronoUnit.YEARS.between(latest(), on));
    }

    /** Completed years on {@code on} taking the earliest possible birthday: the oldest the person can be. */
    public int oldestAgeOn(LocalDate on) {
        return (int) Math.max(0, ChronoUnit.YEARS.between(earliest(), on));
    }

    /** {@code 2010}, {@code 2010-05} or {@code 2010-05-17}: the stored form, which sorts like the dates. */
    public String iso() {
        if (month == null) {
            return String.format("%04d", year);
        }
        return day == null ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
    }

    /** {@code 2010}, {@code 05/2010} or {@code 17/05/2010}, as dates are shown in Vietnam. */
    public String shown() {
        if (month == null) {
            return String.format("%04d", year);
        }
        return day == null ? String.format("%02d/%04d", month, year) : String.format("%02d/%02d/%04d", day, month, year);
    }

    /** Orders by the earliest day, then the less precise date first. */
    @Override
    public int compareTo(PartialDate other) {
        int byStart = earliest().compareTo(other.earliest());
        return byStart != 0 ? byStart : latest().compareTo(other.latest()) * -1;
    }

    @Override
    public String toString() {
        return iso();
    }
}
