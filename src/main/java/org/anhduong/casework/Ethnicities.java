package org.anhduong.casework;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Ethnicity codes: Vietnam's 54 ethnic groups by the General Statistics Office's two-digit codes ({@code 01} Kinh …
 * {@code 54} Rơ Măm), plus {@link #FOREIGN} and {@link #UNKNOWN}. Names are in the {@code casework} bundles under
 * {@code casework.ethnicity.<code>}.
 */
public final class Ethnicities {

    public static final String FOREIGN = "FOREIGN";
    public static final String UNKNOWN = "UNKNOWN";
    private static final int GROUPS = 54;

    /** Every code, in the official order, then foreign and unknown. */
    public static final List<String> CODES = Stream.concat(
            IntStream.rangeClosed(1, GROUPS).mapToObj(n -> String.format("%02d", n)),
            Stream.of(FOREIGN, UNKNOWN)).toList();

    private Ethnicities() {
    }

    public static boolean isValid(String code) {
        return CODES.contains(code);
    }
}
