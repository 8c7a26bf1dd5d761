package org.anhduong.platform.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Vietnamese text in its two forms: NFC for storage and display, and a folded key for search, so that
 * "Đầm Hà", "dam ha" and a decomposed (NFD) copy pasted from another system all find the same record.
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private VietnameseText() {
    }

    /**
     * The search key: NFD, combining marks dropped, đ/Đ to d, lower case, whitespace collapsed and trimmed.
     * Blank input folds to "". Punctuation is kept; use {@link #tokens(String)} for words.
     *
     * @throws NullPointerException when {@code text} is null, because a missing value has no search key
     */
    public static String fold(String text) {
        Objects.requireNonNull(text, "text");
        String withoutMarks = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        // đ is a letter of its own, not d plus a mark, so NFD leaves it alone.
        String ascii = withoutMarks.replace('đ', 'd').replace('Đ', 'd');
        return WHITESPACE.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * The storage form (NFC), so that equal names are equal strings whatever keyboard or system typed them.
     *
     * @throws NullPointerException when {@code text} is null
     */
    public static String nfc(String text) {
        return Normalizer.normalize(Objects.requireNonNull(text, "text"), Normalizer.Form.NFC);
    }

    /**
     * The folded words (runs of letters and digits) of the text, for per-token blind indexes on names;
     * empty for blank input.
     *
     * @throws NullPointerException when {@code text} is null
     */
    public static List<String> tokens(String text) {
        return Arrays.stream(NOT_WORD.split(fold(text))).filter(token -> !token.isEmpty()).toList();
    }
}
