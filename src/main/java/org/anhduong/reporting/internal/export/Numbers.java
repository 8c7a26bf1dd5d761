package org.anhduong.reporting.internal.export;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Whole numbers as the reader writes them: "2.134" in Vietnamese, "2,134" in English (and any other language). */
public final class Numbers {

    private Numbers() {
    }

    public static String format(long value, Locale locale) {
        // Fixed symbols rather than the JDK's locale data, so that the grouping never depends on the JDK's CLDR version.
        var symbols = new DecimalFormatSymbols(Locale.ROOT);
        boolean vietnamese = "vi".equals(locale.getLanguage());
        symbols.setGroupingSeparator(vietnamese ? '.' : ',');
        symbols.setDecimalSeparator(vietnamese ? ',' : '.');
        return new DecimalFormat("#,##0", symbols).format(value);
    }
}
