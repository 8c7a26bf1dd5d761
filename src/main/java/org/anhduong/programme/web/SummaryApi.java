package org.anhduong.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.programme.Code;
import org.anhduong.programme.CodeDetails;
import org.anhduong.programme.CodeList;
import org.anhduong.programme.ProgrammeCodes;
import org.anhduong.programme.ProgrammeMonitoring;
import org.anhduong.programme.ProgrammeSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping(ModelApi.PATH)
@Tag(name = "Programme summary", description = "The programme summary for any period and commune (models by kind "
        + "and status, pilots, activities and participants by sex, trainings by topic and level, indicator progress), "
        + "as JSON or XLSX; and the extendable code lists. Read by programme officers, administrators, viewers and "
        + "supervisors; codes added by administrators.")
class SummaryApi {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ProgrammeMonitoring monitoring;
    private final ProgrammeCodes codes;
    private final SummaryWorkbook workbook;

    SummaryApi(ProgrammeMonitoring monitoring, ProgrammeCodes codes, SummaryWorkbook workbook) {
        this.monitoring = monitoring;
        this.codes = codes;
        this.workbook = workbook;
    }

    @GetMapping("/summary")
    @Operation(summary = "The programme summary from `from` to `to` (both included), for a commune or the province",
            description = "A model counts when one of its status spans overlaps the period, under the last of them; "
                    + "activities held and trainings starting in the period count.")
    ProgrammeSummary summary(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             @RequestParam(required = false) @Nullable String communeCode) {
        return monitoring.summary(from, to, communeCode);
    }

    @GetMapping(value = "/summary.xlsx")
    @Operation(summary = "The same summary as an XLSX workbook, a sheet per section, numbers as numbers")
    ResponseEntity<byte[]> workbook(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestParam(required = false) @Nullable String communeCode) {
        ProgrammeSummary summary = monitoring.summaryForExport(from, to, communeCode);
        byte[] file = workbook.write(summary, LocaleContextHolder.getLocale());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"programme-" + from + "-" + to
                        + ".xlsx\"").body(file);
    }

    @GetMapping("/codes/{list}")
    @Operation(summary = "The codes of an extendable list: MODEL_KIND, ACTIVITY_KIND or TRAINING_TOPIC")
    List<Code> codes(@PathVariable CodeList list) {
        return codes.codes(list);
    }

    @PostMapping("/codes/{list}")
    @Operation(summary = "Add a code to a list, or rename or (de)activate one (administrators)")
    Code saveCode(@PathVariable CodeList list, @RequestBody CodeDetails details) {
        return codes.save(list, details);
    }
}
