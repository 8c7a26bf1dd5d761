package org.anhduong.programme;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * An indicator with its values entered by hand (oldest first; none for computed measures).
 */
public record Indicator(long id, int version, String name, IndicatorMeasure measure, @Nullable Long modelId,
                        LocalDate periodFrom, LocalDate periodTo, long target, List<IndicatorValue> values) {

    public Indicator {
        values = List.copyOf(values);
    }
}
