package org.anhduong.platform.text;

import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The 12-digit căn cước (citizen identity) number, checked for shape before it is encrypted and indexed so a
 * typo does not become an unsearchable record.
 *
 * <p>Structure: digits 1–3 the province of birth registration (001–096), digit 4 the century and sex code
 * (0–9), digits 5–6 the last two digits of the birth year, digits 7–12 a serial. There is no check digit, so
 * a valid shape does not prove the number exists.
 */
public final class CitizenIds {

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");
    private static final int FIRST_PROVINCE = 1;
    private static final int LAST_PROVINCE = 96;

    private CitizenIds() {
    }

    /**
     * The number without the spaces people type between digit groups; nothing else is changed.
     *
     * @throws NullPointerException when {@code typed} is null
     */
    public static String normalise(String typed) {
        return SPACES.matcher(Objects.requireNonNull(typed, "typed")).replaceAll("");
    }

    /** Whether the input, once normalised, has the shape of a căn cước number; false for null. */
    public static boolean isValid(@Nullable String typed) {
        if (typed == null) {
            return false;
        }
        String id = normalise(typed);
        if (!TWELVE_DIGITS.matcher(id).matches()) {
            return false;
        }
        int province = Integer.parseInt(id.substring(0, 3));
        return province >= FIRST_PROVINCE && province <= LAST_PROVINCE;
    }
}
