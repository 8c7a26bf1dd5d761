package org.anhduong.geography.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The search key of a name: NFD, combining marks dropped, đ→d, lower case, whitespace collapsed. Same rule as
 * {@code org.anhduong.platform.text.VietnameseText.fold}, which is being written in parallel; this copy goes away
 * when both branches meet.
 */
final class Folding {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

    private Folding() {
    }

    static String fold(String text) {
        String withoutMarks = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        // đ is a letter of its own, not d plus a mark, so NFD leaves it alone.
        String ascii = withoutMarks.replace('đ', 'd').replace('Đ', 'd');
        return WHITESPACE.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
