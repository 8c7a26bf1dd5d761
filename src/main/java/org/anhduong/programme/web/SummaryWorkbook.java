package org.anhduong.programme.web;

import org.anhduong.platform.web.FormFields;
import org.anhduong.programme.Code;
import org.anhduong.programme.CodeList;
import org.anhduong.programme.Participants;
import org.anhduong.programme.ProgrammeCodes;
import org.anhduong.programme.ProgrammeSummary;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The programme summary as an XLSX workbook: a sheet per section (overview, models, activities, trainings,
 * indicators), headings in the reader's language, every count a number cell so sums and charts work.
 */
@Component
class SummaryWorkbook {

    private final MessageSource messages;
    private final ProgrammeCodes codes;

    SummaryWorkbook(MessageSource messages, ProgrammeCodes codes) {
        this.messages = messages;
        this.codes = codes;
    }

    byte[] write(ProgrammeSummary s, Locale locale) {
        var out = new ByteArrayOutputStream();
        try {
            Workbook book = new Workbook(out, "AnhDuong", "1.0");
            var names = new Names(locale);
            overview(book.newWorksheet(names.t("programme.xlsx.overview")), s, names);
            models(book.newWorksheet(names.t("programme.xlsx.models")), s, names);
            activities(book.newWorksheet(names.t("programme.xlsx.activities")), s, names);
            trainings(book.newWorksheet(names.t("programme.xlsx.trainings")), s, names);
            indicators(book.newWorksheet(names.t("programme.xlsx.indicators")), s, names);
            book.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void overview(Worksheet sheet, ProgrammeSummary s, Names n) {
        sheet.value(0, 0, n.t("programme.summary.from"));
        sheet.value(0, 1, FormFields.shown(s.from()));
        sheet.value(1, 0, n.t("programme.summary.to"));
        sheet.value(1, 1, FormFields.shown(s.to()));
        sheet.value(2, 0, n.t("programme.summary.commune"));
        sheet.value(2, 1, s.communeCode() == null ? n.t("programme.summary.province") : s.communeCode());
        Object[][] rows = {
                {"programme.summary.models", s.models().total()},
                {"programme.summary.pilots", s.models().pilots()},
                {"programme.summary.pilotCommunes", s.models().pilotCommunes()},
                {"programme.summary.activities", s.activityCount()},
                {"programme.summary.activityParticipants", s.activityParticipants().total()},
                {"programme.summary.reach", s.activityReach()},
                {"programme.summary.trainings", s.trainingCount()},
                {"programme.summary.trainees", s.trainingParticipants().total()},
        };
        for (int i = 0; i < rows.length; i++) {
            sheet.value(4 + i, 0, n.t((String) rows[i][0]));
            sheet.value(4 + i, 1, (Number) rows[i][1]);
        }
    }

    private static void models(Worksheet sheet, ProgrammeSummary s, Names n) {
        header(sheet, n, "programme.model.kind", "programme.model.status", "programme.summary.count");
        int row = 1;
        for (var status : s.models().byStatus().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            sheet.value(row, 0, n.t("programme.summary.allKinds"));
            sheet.value(row, 1, n.t("programme.status." + status.getKey().name()));
            sheet.value(row++, 2, status.getValue());
        }
        for (var k : s.models().byKind()) {
            sheet.value(row, 0, n.code(CodeList.MODEL_KIND, k.kind()));
            sheet.value(row, 1, n.t("programme.status." + k.status().name()));
            sheet.value(row++, 2, k.models());
        }
        sheet.value(row, 0, n.t("programme.summary.pilots"));
        sheet.value(row++, 2, s.models().pilots());
        sheet.value(row, 0, n.t("programme.summary.pilotCommunes"));
        sheet.value(row, 2, s.models().pilotCommunes());
    }

    private static void activities(Worksheet sheet, ProgrammeSummary s, Names n) {
        header(sheet, n, "programme.activity.kind", "programme.summary.count", "programme.participants.female",
                "programme.participants.male", "programme.participants.otherOrUnknown",
                "programme.participants.total", "programme.activity.reach");
        int row = 1;
        for (var a : s.activities()) {
            sheet.value(row, 0, n.code(CodeList.ACTIVITY_KIND, a.kind()));
            sheet.value(row, 1, a.activities());
            people(sheet, row, 2, a.participants());
            sheet.value(row++, 6, a.reach());
        }
        sheet.value(row, 0, n.t("programme.summary.total"));
        sheet.value(row, 1, s.activityCount());
        people(sheet, row, 2, s.activityParticipants());
        sheet.value(row, 6, s.activityReach());
    }

    private static void trainings(Worksheet sheet, ProgrammeSummary s, Names n) {
        header(sheet, n, "programme.training.topic", "programme.training.level", "programme.summary.count",
                "programme.participants.female", "programme.participants.male",
                "programme.participants.otherOrUnknown", "programme.participants.total", "programme.training.preTest",
                "programme.training.postTest");
        int row = 1;
        for (var t : s.trainings()) {
            sheet.value(row, 0, n.code(CodeList.TRAINING_TOPIC, t.topic()));
            sheet.value(row, 1, n.t("programme.level." + t.level().name()));
            sheet.value(row, 2, t.trainings());
            people(sheet, row, 3, t.participants());
            if (t.preTest() != null) {
                sheet.value(row, 7, t.preTest());
            }
            if (t.postTest() != null) {
                sheet.value(row, 8, t.postTest());
            }
            row++;
        }
        sheet.value(row, 0, n.t("programme.summary.total"));
        sheet.value(row, 2, s.trainingCount());
        people(sheet, row, 3, s.trainingParticipants());
    }

    private static void indicators(Worksheet sheet, ProgrammeSummary s, Names n) {
        header(sheet, n, "programme.indicator.name", "programme.indicator.periodFrom", "programme.indicator.periodTo",
                "programme.indicator.target", "programme.indicator.value", "programme.indicator.percent",
                "programme.indicator.evidence");
        int row = 1;
        for (var i : s.indicators()) {
            sheet.value(row, 0, i.name());
            sheet.value(row, 1, FormFields.shown(i.periodFrom()));
            sheet.value(row, 2, FormFields.shown(i.periodTo()));
            sheet.value(row, 3, i.target());
            if (i.value() != null) {
                sheet.value(row, 4, i.value());
            }
            if (i.percent() != null) {
                sheet.value(row, 5, i.percent());
            }
            sheet.value(row++, 6, i.evidence() == null ? n.t("programme.indicator.computedFrom") : i.evidence());
        }
    }

    private static void people(Worksheet sheet, int row, int column, Participants p) {
        sheet.value(row, column, p.female());
        sheet.value(row, column + 1, p.male());
        sheet.value(row, column + 2, p.otherOrUnknown());
        sheet.value(row, column + 3, p.total());
    }

    private static void header(Worksheet sheet, Names n, String... keys) {
        for (int i = 0; i < keys.length; i++) {
            sheet.value(0, i, n.t(keys[i]));
            sheet.style(0, i).bold().set();
        }
    }

    /** Headings and code names in one language. */
    private final class Names {
        private final Locale locale;
        private final Map<CodeList, Map<String, String>> codeNames = new HashMap<>();

        Names(Locale locale) {
            this.locale = locale;
        }

        String t(String key) {
            return messages.getMessage(key, null, key, locale);
        }

        String code(CodeList list, String code) {
            return codeNames.computeIfAbsent(list, l -> {
                var names = new HashMap<String, String>();
                for (Code c : codes.codes(l)) {
                    names.put(c.code(), c.name(locale.getLanguage()));
                }
                return names;
            }).getOrDefault(code, code);
        }
    }
}
