package org.anhduong.reporting;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One number of a report as its reader may see it: the count, or {@code "<5"} when it is from 1 to 4 and the reader
 * gets the aggregate-only view. A suppressed figure never carries its value.
 */
public record Figure(long value, boolean suppressed) {

    public static final String SUPPRESSED = "<5";

    public Figure {
        if (suppressed) {
            value = 0;
        }
    }

    public static Figure of(long value) {
        return new Figure(value, false);
    }

    @JsonValue
    public Object json() {
        return suppressed ? SUPPRESSED : value;
    }
}
