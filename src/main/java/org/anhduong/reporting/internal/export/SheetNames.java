package org.anhduong.reporting.internal.export;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names Excel accepts, unique within one workbook: at most 31 characters, none of {@code [ ] : * ? / \},
 * not starting or ending with an apostrophe, not blank, not "History", and different from the others ignoring case
 * (a duplicate gets " (2)", " (3)"…).
 */
final class SheetNames {

    static final int MAX = 31;

    private final Set<String> used = new HashSet<>(Set.of("history"));

    String unique(String wanted) {
        String base = clean(wanted);
        String name = base;
        for (int n = 2; used.contains(key(name)); n++) {
            String suffix = " (" + n + ")";
            name = truncate(base, MAX - suffix.length()).strip() + suffix;
        }
        used.add(key(name));
        return name;
    }

    private static String clean(String wanted) {
        String name = Normalizer.normalize(wanted, Normalizer.Form.NFC)
                .replaceAll("[\\[\\]:*?/\\\\]", "-")
                .replaceAll("\\p{Cntrl}", " ")
                .replaceAll("\\s+", " ")
                .strip();
        name = truncate(name.replaceAll("^'+|'+$", ""), MAX).strip();
        name = name.replaceAll("^'+|'+$", "").strip();
        return name.isEmpty() ? "Sheet" : name;
    }

    private static String truncate(String name, int max) {
        if (name.length() <= max) {
            return name;
        }
        // Never split a surrogate pair.
        int end = Character.isHighSurrogate(name.charAt(max - 1)) ? max - 1 : max;
        return name.substring(0, end);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
