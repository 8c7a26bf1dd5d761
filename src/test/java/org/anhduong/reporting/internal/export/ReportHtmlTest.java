package org.anhduong.reporting.internal.export;

import org.anhduong.reporting.internal.document.ReportDocument.Section;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ReportHtmlTest {

    static Document parse(String xhtml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void hostileTextsStayTextInWellFormedXhtml() throws Exception {
        String hostile = "</td><img src=\"http://127.0.0.1:9/x.png\"/><link href='http://127.0.0.1:9/'/>&nbsp;\u0000\u0007";
        var document = SampleDocuments.withSections(new Section("x", hostile,
                List.of(SampleDocuments.row("k", hostile, 1, 7), SampleDocuments.suppressed("s", hostile, 0))));

        String xhtml = ReportHtml.of(document, Texts.of(Locale.ENGLISH));
        Document dom = parse(xhtml);

        for (String element : List.of("img", "link", "script", "object", "iframe")) {
            assertThat(dom.getElementsByTagName(element).getLength()).as(element).isZero();
        }
        assertThat(xhtml).doesNotContain("http://127.0.0.1:9/x.png\"/>").contains("&lt;img src=&quot;http://127.0.0.1");
        assertThat(dom.getElementsByTagName("td").getLength()).isEqualTo(4);
        assertThat(dom.getElementsByTagName("td").item(0).getTextContent())
                .isEqualTo("</td><img src=\"http://127.0.0.1:9/x.png\"/><link href='http://127.0.0.1:9/'/>&nbsp;");
        assertThat(dom.getDocumentElement().getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void thePageNumberIsTheBundlesTextAroundCounters() throws Exception {
        assertThat(style(ReportHtml.of(SampleDocuments.vietnamese(), Texts.of(SampleDocuments.VI))))
                .contains("content: \"Trang \" counter(page) \"/\" counter(pages);");
        assertThat(style(ReportHtml.of(SampleDocuments.withSections(), Texts.of(Locale.ENGLISH))))
                .contains("content: \"Page \" counter(page) \" of \" counter(pages);");
    }

    static String style(String xhtml) throws Exception {
        return parse(xhtml).getElementsByTagName("style").item(0).getTextContent();
    }

    @Test
    void writersLeaveTheCallersStreamOpen() throws Exception {
        var pdf = new XlsxReportTest.ClosingWatch();
        PdfReport.write(SampleDocuments.vietnamese(), pdf);
        var csv = new XlsxReportTest.ClosingWatch();
        CsvReport.write(SampleDocuments.vietnamese(), csv);
        var dataset = new XlsxReportTest.ClosingWatch();
        XlsxDataset.write(SampleDocuments.incidents(), dataset);

        assertThat(List.of(pdf, csv, dataset)).allSatisfy(out -> {
            assertThat(out.closed).isFalse();
            assertThat(out.size()).isPositive();
        });
    }

}
