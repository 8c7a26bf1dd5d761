package org.anhduong.reporting.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.anhduong.reporting.Dimension;
import org.anhduong.reporting.Figure;
import org.anhduong.reporting.Indicator;

/**
 * Turns the raw sheet into what a reader may see. For aggregate-only readers a count from 1 to 4, in a total or in a
 * breakdown, becomes {@code <5}: small numbers of survivors in a commune or a category can point at a person. Zero is
 * shown, since nobody can be found in it.
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

    static Map<String, Map<String, Map<String, Figure>>> breakdowns(FigureSheet sheet, boolean suppress) {
        Map<String, Map<String, Map<String, Figure>>> all = new LinkedHashMap<>();
        for (Indicator indicator : Indicator.values()) {
            if (indicator.dimensions().isEmpty()) {
                continue;
            }
            Map<String, Map<String, Figure>> byDimension = new LinkedHashMap<>();
            for (Dimension dimension : indicator.dimensions()) {
                Map<String, Figure> values = new LinkedHashMap<>();
                sheet.breakdown(indicator, dimension).forEach((value, n) -> values.put(value, figure(n, suppress)));
                byDimension.put(dimension.key(), values);
            }
            all.put(indicator.key(), byDimension);
        }
        return all;
    }
}
