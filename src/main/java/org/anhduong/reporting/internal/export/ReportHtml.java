package org.anhduong.reporting.internal.export;

import org.anhduong.reporting.internal.document.ReportDocument;
import org.anhduong.reporting.internal.document.ReportDocument.Row;
import org.anhduong.reporting.internal.document.ReportDocument.Section;

/**
 * The report as self-contained XHTML for the PDF renderer: every text escaped, the style inline, no external
 * resource of any kind, A4 with the page number in the footer.
 */
final class ReportHtml {

    static final String FONT = "DejaVu Sans";
    private static final char PAGE = '\u0001';
    private static final char PAGES = '\u0002';

    private ReportHtml() {
    }

    static String of(ReportDocument document, Texts texts) {
        var html = new StringBuilder(8192);
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(texts.locale().getLanguage())
                .append("\"><head><title>").append(Xml.escape(document.title())).append("</title><style>")
                .append(Xml.escape(css(texts))).append("</style></head><body>");
        html.append("<h1>").append(Xml.escape(document.title())).append("</h1>");
        html.append("<p class=\"subtitle\">").append(Xml.escape(document.subtitle())).append("</p>");
        for (String note : document.notes()) {
            html.append("<p class=\"note\">").append(Xml.escape(note)).append("</p>");
        }
        if (!document.narrative().isEmpty()) {
            html.append("<h2>").append(Xml.escape(texts.get("export.narrative"))).append("</h2>");
            for (String paragraph : document.narrative()) {
                html.append("<p class=\"narrative\">").append(Xml.escape(paragraph)).append("</p>");
            }
        }
        for (Section section : document.sections()) {
            section(html, section, texts);
        }
        return html.append("</body></html>").toString();
    }

    private static void section(StringBuilder html, Section section, Texts texts) {
        html.append("<h2>").append(Xml.escape(section.title())).append("</h2>")
                .append("<table><thead><tr><th scope=\"col\">").append(Xml.escape(texts.get("export.column.indicator")))
                .append("</th><th scope=\"col\" class=\"num\">").append(Xml.escape(texts.get("export.column.value")))
                .append("</th></tr></thead><tbody>");
        for (Row row : section.rows()) {
            html.append(row.depth() > 0 ? "<tr class=\"sub\">" : "<tr>")
                    .append("<td>").append(Xml.escape(row.label())).append("</td>")
                    .append("<td class=\"num\">").append(Xml.escape(row.shown())).append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private static String css(Texts texts) {
        return "@page { size: A4; margin: 18mm 16mm 20mm 16mm; @bottom-center { content: " + pageNumber(texts)
                + "; font-family: '" + FONT + "'; font-size: 8pt; color: #333333; } }\n"
                + "body { font-family: '" + FONT + "'; font-size: 10pt; line-height: 1.4; color: #000000; }\n"
                + "h1 { font-size: 16pt; font-weight: bold; margin: 0 0 2mm 0; }\n"
                + "h2 { font-size: 12pt; font-weight: bold; margin: 6mm 0 2mm 0; page-break-after: avoid; }\n"
                + "p { margin: 0 0 2mm 0; }\n"
                + "p.subtitle { font-size: 11pt; margin-bottom: 4mm; }\n"
                + "p.note { font-size: 9pt; color: #333333; }\n"
                + "p.narrative { text-align: justify; }\n"
                + "table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; }\n"
                + "thead { display: table-header-group; }\n"
                + "tr { page-break-inside: avoid; }\n"
                + "th, td { border: 0.5pt solid #888888; padding: 1.2mm 2mm; text-align: left; vertical-align: top; }\n"
                + "th { font-weight: bold; background-color: #E8EEF5; }\n"
                + ".num { text-align: right; white-space: nowrap; width: 28mm; }\n"
                + "tr.sub td:first-child { padding-left: 8mm; }\n";
    }

    /** "Trang 1/3": the bundle's text around CSS page counters. */
    private static String pageNumber(Texts texts) {
        String text = texts.get("export.page", String.valueOf(PAGE), String.valueOf(PAGES));
        var content = new StringBuilder();
        var literal = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == PAGE || c == PAGES) {
                content.append(cssString(literal)).append(c == PAGE ? " counter(page) " : " counter(pages) ");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        return content.append(cssString(literal)).toString().strip();
    }

    private static String cssString(CharSequence literal) {
        return literal.isEmpty() ? "" : "\"" + literal.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
