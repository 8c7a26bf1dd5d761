package org.anhduong.reporting.internal;

import java.util.Map;

import org.anhduong.casework.CaseCounts;
import org.anhduong.casework.CaseDimension;
import org.anhduong.casework.CaseTally;
import org.anhduong.casework.CaseType;
import org.anhduong.casework.GbvimsType;
import org.anhduong.casework.IncidentContext;
import org.anhduong.hotline.AgeGroup;
import org.anhduong.hotline.Sex;
import org.anhduong.reporting.Dimension;
import org.anhduong.reporting.Indicator;

import static org.anhduong.reporting.internal.ContactCounting.names;

/**
 * {@code cases.*}, {@code counselling.directCases}, {@code intake.fromNationalHotline111} and {@code trafficking.*}:
 * casework counts them in the report's scope (its rules are on {@link CaseCounts}); this puts them on the sheet,
 * with every value of a fixed list present.
 */
final class CaseCounting {

    private CaseCounting() {
    }

    static void count(CaseCounts counts, FigureSheet sheet) {
        tally(counts.opened(), Indicator.CASES_OPENED, sheet);
        tally(counts.closed(), Indicator.CASES_CLOSED, sheet);
        tally(counts.active(), Indicator.CASES_ACTIVE, sheet);
        sheet.add(Indicator.COUNSELLING_DIRECT_CASES, counts.directCounsellingCases());
        sheet.add(Indicator.INTAKE_FROM_111, counts.fromNationalHotline111());
        bySex(counts.traffickingReceived(), Indicator.TRAFFICKING_RECEIVED, sheet);
        bySex(counts.handedOverToFamily(), Indicator.TRAFFICKING_TO_FAMILY, sheet);
        bySex(counts.handedOverToOrganisation(), Indicator.TRAFFICKING_TO_ORGANIZATION, sheet);
    }

    private static void tally(CaseTally tally, Indicator indicator, FigureSheet sheet) {
        sheet.add(indicator, tally.total());
        tally.by().forEach((caseDimension, values) -> {
            Dimension dimension = dimension(caseDimension);
            values.forEach((value, n) -> sheet.add(indicator, dimension, value, n));
        });
        sheet.complete(indicator, Dimension.CASE_TYPE, names(CaseType.values()))
                .complete(indicator, Dimension.GBVIMS_TYPE, names(GbvimsType.values()))
                .complete(indicator, Dimension.CONTEXT, names(IncidentContext.values()))
                .complete(indicator, Dimension.SEX, names(Sex.values()))
                .complete(indicator, Dimension.AGE_GROUP, names(AgeGroup.values()));
    }

    static void bySex(Map<Sex, Long> counts, Indicator indicator, FigureSheet sheet) {
        for (Sex sex : Sex.values()) {
            long n = counts.getOrDefault(sex, 0L);
            sheet.add(indicator, n).add(indicator, Dimension.SEX, sex.name(), n);
        }
    }

    static Dimension dimension(CaseDimension dimension) {
        return switch (dimension) {
            case CASE_TYPE -> Dimension.CASE_TYPE;
            case GBVIMS_TYPE -> Dimension.GBVIMS_TYPE;
            case CONTEXT -> Dimension.CONTEXT;
            case SEX -> Dimension.SEX;
            case AGE_GROUP -> Dimension.AGE_GROUP;
            case COMMUNE -> Dimension.COMMUNE;
        };
    }
}
