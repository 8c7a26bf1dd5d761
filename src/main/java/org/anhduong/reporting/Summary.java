package org.anhduong.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A period's figures: every catalogue key present ({@code 0} when none), and per indicator its breakdowns by
 * dimension ({@code breakdowns["cases.opened"]["sex"]["FEMALE"]}).
 *
 * @param allCases   true when every case was counted (internal reports); false when only cases whose client
 *                   consented to statistics were (external reports)
 * @param suppressed true when counts from 1 to 4 are shown as {@code "<5"} (viewers, external reports)
 * @param drillDown  true when the reader may open the records behind a number
 */
public record Summary(LocalDate from, LocalDate to, @Nullable String commune, @Nullable Long organisation,
                      Audience audience, boolean allCases, boolean suppressed, boolean drillDown,
                      Instant generatedAt, Map<String, Figure> indicators,
                      Map<String, Map<String, Map<String, Figure>>> breakdowns) {

    public Summary {
        indicators = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(indicators));
        breakdowns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(breakdowns));
    }

    public Figure figure(Indicator indicator) {
        return indicators.getOrDefault(indicator.key(), Figure.of(0));
    }

    public Map<String, Figure> breakdown(Indicator indicator, Dimension dimension) {
        return breakdowns.getOrDefault(indicator.key(), Map.of()).getOrDefault(dimension.key(), Map.of());
    }
}
