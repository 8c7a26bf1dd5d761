package org.anhduong.reporting.web;

import java.util.Map;

import org.anhduong.casework.CaseDimension;
import org.anhduong.casework.CaseMeasure;
import org.anhduong.reporting.Dimension;
import org.anhduong.reporting.Indicator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where a number leads for a reader allowed to drill down: the cases behind a case indicator (only those the reader
 * may open are listed there). Indicators counted from other modules' aggregate rows (emergency support, shelter,
 * referrals, residential care) have no drill-down: their records are reached from the cases.
 */
@Component
class DrillDowns {

    static final String CASES = "/reports/cases";

    private static final Map<Indicator, CaseMeasure> MEASURES = Map.of(
            Indicator.CASES_OPENED, CaseMeasure.OPENED,
            Indicator.CASES_CLOSED, CaseMeasure.CLOSED,
            Indicator.CASES_ACTIVE, CaseMeasure.ACTIVE,
            Indicator.COUNSELLING_DIRECT_CASES, CaseMeasure.DIRECT_COUNSELLING,
            Indicator.INTAKE_FROM_111, CaseMeasure.FROM_NATIONAL_HOTLINE_111,
            Indicator.TRAFFICKING_RECEIVED, CaseMeasure.TRAFFICKING_RECEIVED,
            Indicator.TRAFFICKING_TO_FAMILY, CaseMeasure.HANDED_OVER_TO_FAMILY,
            Indicator.TRAFFICKING_TO_ORGANIZATION, CaseMeasure.HANDED_OVER_TO_ORGANISATION);

    @Nullable String url(Indicator indicator, @Nullable Dimension dimension, @Nullable String value, String query) {
        CaseMeasure measure = MEASURES.get(indicator);
        if (measure == null) {
            return null;
        }
        String url = CASES + "?" + query + "&measure=" + measure.name();
        if (dimension != null && value != null) {
            CaseDimension caseDimension = caseDimension(dimension);
            if (caseDimension == null) {
                return null;
            }
            url += "&dimension=" + caseDimension.name() + "&value=" + java.net.URLEncoder.encode(value,
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        return url;
    }

    static @Nullable CaseDimension caseDimension(Dimension dimension) {
        return switch (dimension) {
            case CASE_TYPE -> CaseDimension.CASE_TYPE;
            case GBVIMS_TYPE -> CaseDimension.GBVIMS_TYPE;
            case CONTEXT -> CaseDimension.CONTEXT;
            case SEX -> CaseDimension.SEX;
            case AGE_GROUP -> CaseDimension.AGE_GROUP;
            case COMMUNE -> CaseDimension.COMMUNE;
            default -> null;
        };
    }

    static @Nullable CaseMeasure measure(Indicator indicator) {
        return MEASURES.get(indicator);
    }
}
