package org.anhduong.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.reporting.Audience;
import org.anhduong.reporting.ReportScope;
import org.anhduong.reporting.Summary;
import org.anhduong.reporting.internal.IncidentDatasets;
import org.anhduong.reporting.internal.ReportDocuments;
import org.anhduong.reporting.internal.document.Dataset;
import org.anhduong.reporting.internal.export.CsvDataset;
import org.anhduong.reporting.internal.export.XlsxDataset;
import org.anhduong.reporting.internal.ReportService;
import org.anhduong.reporting.internal.document.ReportDocument;
import org.anhduong.reporting.internal.export.CsvReport;
import org.anhduong.reporting.internal.export.PdfReport;
import org.anhduong.reporting.internal.export.XlsxReport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A report as a file, for the screen and the API alike: the figures (audited as an export), the narrative and the
 * tables in the reader's language. The file name holds the period only.
 */
@Component
class ReportExporter {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportService reports;
    private final ReportDocuments documents;
    private final ReportNarratives narratives;
    private final IncidentDatasets datasets;

    ReportExporter(ReportService reports, ReportDocuments documents, ReportNarratives narratives,
                   IncidentDatasets datasets) {
        this.datasets = datasets;
        this.reports = reports;
        this.documents = documents;
        this.narratives = narratives;
    }

    ResponseEntity<byte[]> export(ReportScope scope, Audience audience, String format, Locale locale) {
        Format chosen = Format.of(format);
        Summary summary = reports.forExport(scope, audience);
        List<String> narrative = narratives.paragraphs(summary, locale);
        ReportDocument document = documents.document(summary, locale, narrative);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            switch (chosen) {
                case XLSX -> XlsxReport.write(document, out);
                case PDF -> PdfReport.write(document, out);
                case CSV -> CsvReport.write(document, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file(out.toByteArray(), chosen, "bao-cao-" + scope.from() + "-" + scope.to()
                + (audience == Audience.EXTERNAL ? "-ben-ngoai" : ""));
    }

    /** The anonymised incident dataset as XLSX or CSV. */
    ResponseEntity<byte[]> incidents(ReportScope scope, Audience audience, String format, Locale locale) {
        Format chosen = Format.of(format);
        if (chosen == Format.PDF) {
            throw new InvalidInputException("format", "reporting.error.badDatasetFormat");
        }
        Dataset dataset = datasets.dataset(reports.incidents(scope, audience), scope, audience == Audience.EXTERNAL,
                locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (chosen == Format.XLSX) {
                XlsxDataset.write(dataset, out);
            } else {
                CsvDataset.write(dataset, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file(out.toByteArray(), chosen, dataset.name() + (audience == Audience.EXTERNAL ? "-ben-ngoai" : ""));
    }

    static ResponseEntity<byte[]> file(byte[] bytes, Format format, String name) {
        return ResponseEntity.ok()
                .contentType(format.mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + "." + format.extension).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(bytes);
    }

    /** The formats a report is written in. */
    enum Format {
        XLSX(ReportExporter.XLSX, "xlsx"),
        PDF(MediaType.APPLICATION_PDF, "pdf"),
        CSV(MediaType.parseMediaType("text/csv;charset=UTF-8"), "csv");

        final MediaType mediaType;
        final String extension;

        Format(MediaType mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        static Format of(String text) {
            for (Format format : values()) {
                if (format.extension.equalsIgnoreCase(text.strip())) {
                    return format;
                }
            }
            throw new InvalidInputException("format", "reporting.error.badFormat");
        }
    }
}
