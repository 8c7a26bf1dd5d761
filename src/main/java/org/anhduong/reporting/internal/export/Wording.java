package org.anhduong.reporting.internal.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Counts and lists in words for the narrative: number formats, plurals, "fewer than 5", breakdowns by sex. */
final class Wording {

    static final List<String> SEXES = List.of("FEMALE", "MALE", "OTHER", "UNKNOWN");

    private final Texts texts;
    private final boolean suppressSmall;

    Wording(Texts texts, boolean suppressSmall) {
        this.texts = texts;
        this.suppressSmall = suppressSmall;
    }

    Texts texts() {
        return texts;
    }

    boolean suppressed(long count) {
        return suppressSmall && count >= 1 && count <= 4;
    }

    /** "2.134", or "dưới 5" when suppressed. */
    String number(long count) {
        return suppressed(count) ? texts.get("narrative.fewerThanFive") : Numbers.format(count, texts.locale());
    }

    /** A counted noun, e.g. {@code narrative.cases} → "21 trường hợp", "1 case", "fewer than 5 cases". */
    String counted(String key, long count) {
        // "fewer than 5" takes the plural
        return texts.plural(key, suppressed(count) ? 5 : count, number(count));
    }

    /** Any plural-keyed text whose first argument is the count in words. */
    String phrase(String key, long count, Object... more) {
        var args = new Object[more.length + 1];
        args[0] = number(count);
        System.arraycopy(more, 0, args, 1, more.length);
        return texts.plural(key, suppressed(count) ? 5 : count, args);
    }

    /**
     * "1 trẻ em gái, 3 trẻ em trai" for a total by sex, with {@code prefix} + the sex as keys. Empty when it would
     * not add up to the total, or when the total or a part is suppressed (a part would show or betray a small count).
     */
    Optional<String> bySex(String prefix, long total, Map<String, Long> bySex) {
        long sum = bySex.values().stream().mapToLong(Long::longValue).sum();
        boolean unknownKey = bySex.entrySet().stream().anyMatch(e -> !SEXES.contains(e.getKey()) && e.getValue() != 0);
        if (bySex.isEmpty() || unknownKey || sum != total || total == 0 || suppressed(total)) {
            return Optional.empty();
        }
        var parts = new ArrayList<String>();
        for (String sex : SEXES) {
            long part = bySex.getOrDefault(sex, 0L);
            if (suppressed(part)) {
                return Optional.empty();
            }
            if (part > 0) {
                parts.add(counted(prefix + sex, part));
            }
        }
        return Optional.of(String.join(", ", parts));
    }

    /** "a, b và c" / "a, b and c". */
    String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + texts.get("narrative.and") + " "
                + items.getLast();
    }
}
