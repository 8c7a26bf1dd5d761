package org.anhduong.reporting.web;

import java.time.LocalDate;

import org.anhduong.reporting.Audience;
import org.anhduong.reporting.ReportScope;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The report screen's download links. */
@Controller
class ExportScreens {

    private final ReportExporter exporter;

    ExportScreens(ReportExporter exporter) {
        this.exporter = exporter;
    }

    @GetMapping(ReportScreens.PATH + "/export")
    ResponseEntity<byte[]> export(@RequestParam String format,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @RequestParam(required = false) @Nullable String commune,
                                  @RequestParam(required = false) @Nullable Long organisation,
                                  @RequestParam(defaultValue = "INTERNAL") Audience audience) {
        return exporter.export(new ReportScope(from, to, ReportApi.blankToNull(commune), organisation), audience,
                format, LocaleContextHolder.getLocale());
    }

    @GetMapping(ReportScreens.PATH + "/incidents")
    ResponseEntity<byte[]> incidents(@RequestParam String format,
                                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                     @RequestParam(required = false) @Nullable String commune,
                                     @RequestParam(required = false) @Nullable Long organisation,
                                     @RequestParam(defaultValue = "INTERNAL") Audience audience) {
        return exporter.incidents(new ReportScope(from, to, ReportApi.blankToNull(commune), organisation), audience,
                format, LocaleContextHolder.getLocale());
    }
}
