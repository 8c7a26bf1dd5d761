package org.anhduong.platform.text;

import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Phone numbers to E.164, so a caller's number matches however a counsellor typed it and so the blind index
 * of a number is stable.
 *
 * <p>Vietnamese numbers (national form, +84, 84 or 0084 prefix) are accepted only when they are personal:
 * a mobile (0 then 3, 5, 7, 8 or 9, ten digits in all) or a landline (02 then the area code and subscriber
 * number, eleven digits in all, the numbering in force since 2017). Short codes, toll-free and premium
 * numbers ("111", "1800 1769", "1900 …") are not a person's phone and give empty. Foreign numbers must start
 * with + (or 00) and have 8–15 digits; they are kept as dialled.
 */
public final class PhoneNumbers {

    private static final Pattern TYPED = Pattern.compile("\\+?[0-9\\s\\p{Z}.()\\-]+");
    private static final Pattern NON_DIGIT = Pattern.compile("\\D");
    private static final Pattern VIETNAMESE_MOBILE = Pattern.compile("0[35789]\\d{8}");
    private static final Pattern VIETNAMESE_LANDLINE = Pattern.compile("02\\d{9}");
    private static final Pattern FOREIGN = Pattern.compile("[1-9]\\d{7,14}");
    private static final String VIETNAM = "84";
    private static final Pattern STORED_VIETNAMESE = Pattern.compile("\\+84(\\d{9,10})");
    /** Hà Nội (024) and Thành phố Hồ Chí Minh (028) have 3-digit area codes and 8-digit subscriber numbers. */
    private static final Pattern BIG_CITY = Pattern.compile("02[48]\\d{8}");

    private PhoneNumbers() {
    }

    /**
     * The E.164 form ("+84912345678"), or empty when the input is null, blank, contains letters or is not a
     * personal Vietnamese or foreign number as described on the class.
     */
    public static Optional<String> normalise(@Nullable String typed) {
        if (typed == null || !TYPED.matcher(typed.strip()).matches()) {
            return Optional.empty();
        }
        boolean international = typed.strip().startsWith("+");
        String digits = NON_DIGIT.matcher(typed).replaceAll("");
        if (!international && digits.startsWith("00")) {
            international = true;
            digits = digits.substring(2);
        }
        if (digits.startsWith(VIETNAM) && (international || digits.length() > VIETNAM.length() + 8)) {
            return vietnamese(trunkPrefixed(digits.substring(VIETNAM.length())));
        }
        if (international) {
            return FOREIGN.matcher(digits).matches() ? Optional.of("+" + digits) : Optional.empty();
        }
        return vietnamese(digits);
    }

    /**
     * A stored number as Vietnamese people write it on a screen: a Vietnamese mobile "0912 345 678", a landline in
     * Hà Nội or Thành phố Hồ Chí Minh "024 3825 1234", another landline "0203 3825 123". A foreign number, or
     * anything that is not a personal Vietnamese number in E.164, is shown as it is. Not for the API, which keeps
     * E.164.
     *
     * @return "" for null
     */
    public static String display(@Nullable String stored) {
        if (stored == null) {
            return "";
        }
        var vietnamese = STORED_VIETNAMESE.matcher(stored);
        if (!vietnamese.matches()) {
            return stored;
        }
        String national = "0" + vietnamese.group(1);
        if (VIETNAMESE_MOBILE.matcher(national).matches()) {
            return grouped(national, 4, 7);
        }
        if (BIG_CITY.matcher(national).matches()) {
            return grouped(national, 3, 7);
        }
        if (VIETNAMESE_LANDLINE.matcher(national).matches()) {
            return grouped(national, 4, 8);
        }
        return stored;
    }

    private static String grouped(String digits, int first, int second) {
        return digits.substring(0, first) + " " + digits.substring(first, second) + " " + digits.substring(second);
    }

    /** People write "+84 (0) 912…" as often as "+84 912…". */
    private static String trunkPrefixed(String national) {
        return national.startsWith("0") ? national : "0" + national;
    }

    private static Optional<String> vietnamese(String national) {
        boolean personal = VIETNAMESE_MOBILE.matcher(national).matches()
                || VIETNAMESE_LANDLINE.matcher(national).matches();
        return personal ? Optional.of("+" + VIETNAM + national.substring(1)) : Optional.empty();
    }
}
