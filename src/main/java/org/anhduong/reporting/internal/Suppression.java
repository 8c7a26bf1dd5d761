package org.anhduong.reporting.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.anhduong.reporting.Dimension;
import org.anhduong.reporting.Figure;
import org.anhduong.reporting.Indicator;

/**
 * Turns the raw sheet into what a reader may see. For aggregate-only readers a count from 1 to 4, in a total or in a
 * breakdown, becomes {@code <5}: small numbers of survivors in a commune or a category can point at a person. Zero is
 * shown, since nobody can be found in it. A breakdown whose one small cell could be recovered from its total withholds
 * one more cell ({@link #cells}).
 */
final class Suppression {

    static final long THRESHOLD = 5;

    private Suppression() {
    }

    static Figure figure(long value, boolean suppress) {
        return new Figure(value, suppress && value > 0 && value < THRESHOLD);
    }

    static Map<String, Figure> indicators(FigureSheet sheet, boolean suppress) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (Indicator indicator : Indicator.values()) {
            figures.put(indicator.key(), figure(sheet.total(indicator), suppress));
        }
        return figures;
    }

    /**
     * The cells of one breakdown (or one series of months) whose total is shown. A single suppressed cell could be
     * found by subtracting the others from the total, so the smallest other non-zero cell is withheld with it.
     */
    static <K> Map<K, Figure> cells(Map<K, Long> counts, boolean suppress) {
        Map<K, Figure> cells = new LinkedHashMap<>();
        counts.forEach((key, n) -> cells.put(key, figure(n, suppress)));
        if (cells.values().stream().filter(Figure::suppressed).count() == 1) {
            counts.entrySet().stream()
                    .filter(entry -> entry.getValue() > 0 && !cells.get(entry.getKey()).hidden())
                    .min(Map.Entry.comparingByValue())
                    .ifPresent(entry -> cells.put(entry.getKey(), new Figure(entry.getValue(), false, true)));
        }
        return cells;
    }

    static Map<String, Map<String, Map<String, Figure>>> breakdowns(FigureSheet sheet, boolean suppress) {
        Map<String, Map<String, Map<String, Figure>>> all = new LinkedHashMap<>();
        for (Indicator indicator : Indicator.values()) {
            if (indicator.dimensions().isEmpty()) {
                continue;
            }
            Map<String, Map<String, Figure>> byDimension = new LinkedHashMap<>();
            for (Dimension dimension : indicator.dimensions()) {
                byDimension.put(dimension.key(), cells(sheet.breakdown(indicator, dimension), suppress));
            }
            all.put(indicator.key(), byDimension);
        }
        return all;
    }
}
