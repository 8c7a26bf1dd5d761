package org.anhduong.reporting.internal.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.anhduong.reporting.internal.document.ReportDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A report as an A4 PDF: title, subtitle, notes, the narrative, then each section as a table with right-aligned
 * numbers; page numbers in the footer. DejaVu Sans (regular and bold) is embedded from the classpath, so Vietnamese
 * prints the same everywhere; rendering never reads anything outside the document (no network, no files).
 */
public final class PdfReport {

    private static final String REGULAR = "/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    private PdfReport() {
    }

    /** Writes the PDF to {@code out}, leaving it open. */
    public static void write(ReportDocument document, OutputStream out) throws IOException {
        var texts = Texts.of(document.locale());
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        // Tagged PDF/UA: readable by screen readers, and the renderer then offers only embedded fonts.
        builder.usePdfUaAccessibility(true);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useFont(() -> font(REGULAR), ReportHtml.FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font(BOLD), ReportHtml.FONT, 700, FontStyle.NORMAL, true);
        builder.withProducer("Ánh Dương");
        builder.withHtmlContent(ReportHtml.of(document, texts), "about:blank");
        builder.toStream(out);
        builder.run();
    }

    private static InputStream font(String path) {
        InputStream in = PdfReport.class.getResourceAsStream(path);
        if (in == null) {
            throw new UncheckedIOException(new IOException("Font missing from the classpath: " + path));
        }
        return in;
    }
}
