package org.anhduong.reporting.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.anhduong.reporting.Dimension;
import org.anhduong.reporting.Indicator;

/**
 * The raw numbers of one report while they are counted: every indicator starts at 0 and every dimension of an
 * indicator with an empty breakdown, so a report always has every key. Not thread-safe; one per report.
 */
public final class FigureSheet {

    private final Map<Indicator, Long> totals = new EnumMap<>(Indicator.class);
    private final Map<Indicator, Map<Dimension, Map<String, Long>>> breakdowns = new EnumMap<>(Indicator.class);

    public FigureSheet() {
        for (Indicator indicator : Indicator.values()) {
            totals.put(indicator, 0L);
            Map<Dimension, Map<String, Long>> byDimension = new EnumMap<>(Dimension.class);
            for (Dimension dimension : indicator.dimensions()) {
                byDimension.put(dimension, new LinkedHashMap<>());
            }
            breakdowns.put(indicator, byDimension);
        }
    }

    public FigureSheet add(Indicator indicator, long count) {
        totals.merge(indicator, count, Long::sum);
        return this;
    }

    public FigureSheet set(Indicator indicator, long count) {
        totals.put(indicator, count);
        return this;
    }

    /** Adds to one value of a breakdown; the dimension must be one of the indicator's. */
    public FigureSheet add(Indicator indicator, Dimension dimension, String value, long count) {
        Map<String, Long> breakdown = breakdowns.get(indicator).get(dimension);
        if (breakdown == null) {
            throw new IllegalArgumentException(indicator.key() + " has no breakdown by " + dimension.key());
        }
        breakdown.merge(value, count, Long::sum);
        return this;
    }

    /** Makes each of {@code values} present in a breakdown, at 0 when nothing was counted for it. */
    public FigureSheet complete(Indicator indicator, Dimension dimension, Iterable<String> values) {
        for (String value : values) {
            add(indicator, dimension, value, 0);
        }
        return this;
    }

    public long total(Indicator indicator) {
        return totals.get(indicator);
    }

    public Map<String, Long> breakdown(Indicator indicator, Dimension dimension) {
        return breakdowns.get(indicator).getOrDefault(dimension, Map.of());
    }
}
