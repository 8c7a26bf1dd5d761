package org.anhduong.reporting;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One number of a report as its reader may see it. For aggregate-only readers a count from 1 to 4 is
 * <em>suppressed</em> and shown as {@code "<5"}; when a breakdown would give one suppressed cell away by subtraction
 * from its total, its smallest other non-zero cell is <em>withheld</em> too and shown as {@code "x"}. A hidden figure
 * never carries its value.
 */
public record Figure(long value, boolean suppressed, boolean withheld) {

    public static final String SUPPRESSED = "<5";
    public static final String WITHHELD = "x";

    public Figure {
        if (suppressed || withheld) {
            value = 0;
        }
    }

    public Figure(long value, boolean suppressed) {
        this(value, suppressed, false);
    }

    public static Figure of(long value) {
        return new Figure(value, false, false);
    }

    /** Suppressed or withheld: its value is not shown. */
    @JsonIgnore
    public boolean hidden() {
        return suppressed || withheld;
    }

    @JsonValue
    public Object json() {
        return withheld ? WITHHELD : suppressed ? SUPPRESSED : value;
    }
}
