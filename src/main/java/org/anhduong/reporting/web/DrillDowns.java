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
        if (indicator == Indicator.CONTACTS_TOTAL || indicator == Indicator.CONTACTS_GBV_RELATED) {
            return contacts(indicator, dimension, value, query);
        }
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

    /**
     * The hotline's contact list with the report's period and filters, for users who read contacts there (its own
     * rules apply: counsellors and supervisors, their organisation's contacts); "not recorded" cannot be filtered.
     */
    private @Nullable String contacts(Indicator indicator, @Nullable Dimension dimension, @Nullable String value,
                                      String query) {
        var user = org.anhduong.platform.security.CurrentUser.get().orElse(null);
        if (user == null || !user.hasRole(org.anhduong.platform.security.Roles.SUPERVISOR)
                && !user.hasRole(org.anhduong.platform.security.Roles.HOTLINE_COUNSELLOR)
                || "NONE".equals(value)) {
            return null;
        }
        Map<String, String> scope = new java.util.LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            scope.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        StringBuilder url = new StringBuilder("/hotline/contacts?from=")
                .append(shown(scope.get("from"))).append("&to=").append(shown(scope.get("to")));
        if (scope.containsKey("commune")) {
            url.append("&commune=").append(scope.get("commune"));
        }
        if (indicator == Indicator.CONTACTS_GBV_RELATED) {
            url.append("&gbv=true");
        }
        if (dimension != null && value != null) {
            String parameter = switch (dimension) {
                case TYPE -> "type";
                case CHANNEL -> "channel";
                case DIRECTION -> "direction";
                case URGENCY -> "urgency";
                case LINE -> "line";
                case CATEGORY -> "category";
                case COMMUNE -> scope.containsKey("commune") ? null : "commune";
                default -> null;
            };
            if (parameter == null) {
                return null;
            }
            url.append('&').append(parameter).append('=').append(java.net.URLEncoder.encode(value,
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        return url.toString();
    }

    private static String shown(String isoDay) {
        return org.anhduong.platform.web.FormFields.shown(java.time.LocalDate.parse(isoDay));
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
