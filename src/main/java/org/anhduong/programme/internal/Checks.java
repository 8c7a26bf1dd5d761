package org.anhduong.programme.internal;

import org.anhduong.geography.Localities;
import org.anhduong.geography.LocalityLevel;
import org.anhduong.platform.text.VietnameseText;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.programme.Participants;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The problems of one request to programme, all reported at once on their field names. */
final class Checks {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 4000;
    static final int MAX_PEOPLE = 1_000_000;

    private final List<FieldProblem> problems = new ArrayList<>();

    void add(String field, String messageKey, Object... args) {
        problems.add(new FieldProblem(field, messageKey, args));
    }

    <T> @Nullable T required(String field, @Nullable T value) {
        if (value == null) {
            add(field, "validation.required");
        }
        return value;
    }

    /** Stripped, in NFC, null when blank. */
    @Nullable String text(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = VietnameseText.nfc(value.strip());
        if (text.length() > max) {
            add(field, "validation.tooLong", max);
        }
        return text;
    }

    /** A commune code valid today, or null when none was given. */
    @Nullable String commune(String field, @Nullable String code, Localities localities) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String stripped = code.strip();
        boolean commune = stripped.length() <= 10 && localities.find(stripped)
                .filter(unit -> unit.level() == LocalityLevel.COMMUNE).isPresent();
        if (!commune) {
            add(field, "programme.commune.unknown");
        }
        return stripped;
    }

    /** Counts by sex, zeros for none given; no negative or absurd counts. */
    Participants participants(String field, @Nullable Participants given) {
        if (given == null) {
            return Participants.NONE;
        }
        count(field + ".female", given.female());
        count(field + ".male", given.male());
        count(field + ".otherOrUnknown", given.otherOrUnknown());
        return given;
    }

    /** Counts by group where known: none negative, their sum no more than the participants. */
    <E extends Enum<E>> Map<E, Integer> groups(String field, @Nullable Map<E, Integer> given, Class<E> type,
                                               Participants participants) {
        Map<E, Integer> groups = new EnumMap<>(type);
        if (given == null) {
            return groups;
        }
        long sum = 0;
        for (var entry : given.entrySet()) {
            if (entry.getKey() == null || entry.getValue() == null) {
                continue;
            }
            count(field, entry.getValue());
            sum += entry.getValue();
            if (entry.getValue() > 0) {
                groups.put(entry.getKey(), entry.getValue());
            }
        }
        if (sum > participants.total()) {
            add(field, "programme.participants.groupsAboveTotal");
        }
        return groups;
    }

    void count(String field, @Nullable Number value) {
        if (value != null && (value.longValue() < 0 || value.longValue() > MAX_PEOPLE)) {
            add(field, "programme.count.range", MAX_PEOPLE);
        }
    }

    void order(String field, @Nullable LocalDate first, @Nullable LocalDate last) {
        if (first != null && last != null && last.isBefore(first)) {
            add(field, "programme.date.order");
        }
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
