package org.anhduong.reporting.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.anhduong.geography.Localities;
import org.anhduong.geography.Locality;
import org.anhduong.geography.Localities.UnitMerge;
import org.anhduong.hotline.CategoryNode;
import org.anhduong.hotline.Hotline;
import org.anhduong.hotline.HotlineLine;
import org.anhduong.programme.Code;
import org.anhduong.programme.CodeList;
import org.anhduong.programme.ProgrammeCodes;
import org.anhduong.reporting.Dimension;
import org.anhduong.reporting.Indicator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Names for what a report shows, in the reader's language: indicators, dimensions and the values of a breakdown.
 * Communes are named as they were at the period's end, so a report on 2022 speaks of the units of 2022.
 */
@Component
public class ReportLabels {

    /** The day the 2025 reform of administrative units took effect. */
    public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private final MessageSource messages;
    private final Hotline hotline;
    private final Localities localities;
    private final ProgrammeCodes programmeCodes;

    ReportLabels(MessageSource messages, Hotline hotline, Localities localities, ProgrammeCodes programmeCodes) {
        this.programmeCodes = programmeCodes;
        this.messages = messages;
        this.hotline = hotline;
        this.localities = localities;
    }

    public String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    public String indicator(Indicator indicator, Locale locale) {
        return t(indicator.nameKey(), locale);
    }

    public String dimension(Dimension dimension, Locale locale) {
        return t(dimension.labelKey(), locale);
    }

    /** A labeller for one report: it reads lines and categories once. */
    public Values values(Locale locale, LocalDate periodEnd, boolean external) {
        Map<String, String> lines = new HashMap<>();
        for (HotlineLine line : hotline.lines()) {
            lines.put(Long.toString(line.id()), external ? line.number() : line.number() + " · " + line.name());
        }
        Map<String, String> categories = new HashMap<>();
        collect(hotline.categories(), categories, locale);
        return new Values(locale, periodEnd, lines, categories, codes(CodeList.ACTIVITY_KIND, locale),
                codes(CodeList.TRAINING_TOPIC, locale));
    }

    private Map<String, String> codes(CodeList list, Locale locale) {
        Map<String, String> names = new HashMap<>();
        for (Code code : programmeCodes.codes(list)) {
            names.put(code.code(), "en".equals(locale.getLanguage()) ? code.nameEn() : code.nameVi());
        }
        return names;
    }

    private static void collect(List<CategoryNode> nodes, Map<String, String> names, Locale locale) {
        for (CategoryNode node : nodes) {
            names.put(node.code(), "en".equals(locale.getLanguage()) ? node.nameEn() : node.nameVi());
            collect(node.children(), names, locale);
        }
    }

    /** Value names for one report. */
    public final class Values {

        private final Locale locale;
        private final LocalDate periodEnd;
        private final Map<String, String> lines;
        private final Map<String, String> categories;
        private final Map<String, String> activityKinds;
        private final Map<String, String> trainingTopics;

        Values(Locale locale, LocalDate periodEnd, Map<String, String> lines, Map<String, String> categories,
               Map<String, String> activityKinds, Map<String, String> trainingTopics) {
            this.activityKinds = activityKinds;
            this.trainingTopics = trainingTopics;
            this.locale = locale;
            this.periodEnd = periodEnd;
            this.lines = lines;
            this.categories = categories;
        }

        public String of(Dimension dimension, String value) {
            if (ContactCounting.NONE.equals(value) || "UNKNOWN".equals(value) && dimension != Dimension.SEX
                    && dimension != Dimension.AGE_GROUP) {
                return t("reporting.value." + value, locale);
            }
            return switch (dimension) {
                case TYPE -> t("hotline.contactType." + value, locale);
                case CHANNEL -> t("hotline.channel." + value, locale);
                case DIRECTION -> t("hotline.direction." + value, locale);
                case URGENCY -> t("hotline.urgency." + value, locale);
                case LINE -> lines.getOrDefault(value, value);
                case CATEGORY -> categories.getOrDefault(value, value);
                case CASE_TYPE -> t("casework.CaseType." + value, locale);
                case GBVIMS_TYPE -> t("casework.gbvims." + value, locale);
                case CONTEXT -> t("casework.context." + value, locale);
                case SEX -> t("hotline.sex." + value, locale);
                case AGE_GROUP -> t("hotline.ageGroup." + value, locale);
                case SECTOR -> t("casework.EspSector." + value, locale);
                case COMMUNE -> commune(value);
                case MODEL_STATUS -> t("programme.status." + value, locale);
                case ACTIVITY_KIND -> activityKinds.getOrDefault(value, value);
                case TRAINING_TOPIC -> trainingTopics.getOrDefault(value, value);
            };
        }

        /** The unit as it was at the period's end; before the reform, with the units it went into. */
        private String commune(String code) {
            String then = localities.findOn(code, periodEnd).map(Locality::name).orElse(code);
            if (!periodEnd.isBefore(REFORM)) {
                return then;
            }
            List<String> now = localities.successors(code).stream().map(UnitMerge::currentName).distinct().toList();
            return now.isEmpty() || now.equals(List.of(then)) ? then
                    : t("reporting.value.oldUnit", locale, then, String.join(", ", now));
        }
    }
}
