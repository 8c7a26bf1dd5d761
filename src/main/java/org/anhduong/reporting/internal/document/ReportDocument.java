package org.anhduong.reporting.internal.document;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A report laid out for a reader, already in the reader's language: what the exports (XLSX, PDF, CSV) write. Every
 * label and number display is final here, so the writers only lay it out and never decide what may be shown.
 *
 * @param locale    the language of the labels (Vietnamese or English), for number formats in the writers
 * @param title     e.g. "Báo cáo số liệu 6 tháng đầu năm 2026"
 * @param subtitle  the period and scope in words, e.g. "Từ 01/01/2026 đến 30/06/2026 · Toàn tỉnh"
 * @param notes     lines said under the title: what was counted (all cases, or only those consenting to statistics),
 *                  that counts from 1 to 4 are shown as "<5", when it was generated
 * @param sections  the indicator tables, one per section
 * @param narrative the report's paragraphs, ready to paste; empty when not wanted
 */
public record ReportDocument(Locale locale, String title, String subtitle, List<String> notes, List<Section> sections,
                             List<String> narrative) {

    public ReportDocument {
        notes = List.copyOf(notes);
        sections = List.copyOf(sections);
        narrative = List.copyOf(narrative);
    }

    /**
     * One table: a section of the catalogue (contacts, cases, emergency support…) or one breakdown.
     *
     * @param key   stable, e.g. "contacts" or "cases.opened.bySex"; a sheet name is derived from the title
     * @param title in the reader's language
     * @param rows  in order
     */
    public record Section(String key, String title, List<Row> rows) {

        public Section {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One line of a table.
     *
     * @param key   the indicator key (e.g. "contacts.gbvRelated") or breakdown value key (e.g. "FEMALE")
     * @param label in the reader's language
     * @param depth 0 for an indicator, 1 for a line under it (a breakdown), for indentation
     * @param value the number, or null when it is suppressed (shown as "<5") and must not be written as a number
     * @param shown the number as displayed: "2.134" in Vietnamese, "2,134" in English, or "<5"
     */
    public record Row(String key, String label, int depth, @Nullable Long value, String shown) {
    }
}
