package org.anhduong.casework.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Case numbers and survivor codes from a configured pattern: {@code {prefix}-{year}-{seq:6}} with prefix QN, year 2026
 * and counter 123 gives {@code QN-2026-000123}. A counter longer than its width is written in full, never cut.
 */
final class CodeFormat {

    private static final Pattern SEQ = Pattern.compile("\\{seq:(\\d)}");
    private static final Pattern ALLOWED = Pattern.compile("([A-Za-z0-9._/-]|\\{prefix}|\\{year}|\\{seq:\\d})+");
    private static final int MAX_LENGTH = 40;

    private CodeFormat() {
    }

    /** Refuses, at start-up, a pattern that would not give unique, URL- and log-safe codes. */
    static void check(String pattern) {
        if (!ALLOWED.matcher(pattern).matches() || !SEQ.matcher(pattern).find()) {
            throw new IllegalArgumentException("A code pattern needs {seq:N} and only letters, digits, . _ / - and "
                    + "{prefix}, {year}: " + pattern);
        }
    }

    static String format(String pattern, String prefix, int year, long seq) {
        String text = pattern.replace("{prefix}", prefix).replace("{year}", Integer.toString(year));
        Matcher m = SEQ.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int width = Integer.parseInt(m.group(1));
            m.appendReplacement(out, String.format("%0" + width + "d", seq));
        }
        m.appendTail(out);
        if (out.length() > MAX_LENGTH) {
            throw new IllegalStateException("Code longer than " + MAX_LENGTH + " characters");
        }
        return out.toString();
    }

    /** Whether the pattern restarts its counter every year. */
    static boolean yearly(String pattern) {
        return pattern.contains("{year}");
    }
}
