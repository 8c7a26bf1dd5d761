package org.anhduong.geography.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.geography.ImportResult;
import org.anhduong.geography.Localities;
import org.anhduong.geography.Localities.UnitMerge;
import org.anhduong.geography.Locality;
import org.anhduong.geography.LocalityLevel;
import org.anhduong.geography.LocalitySearch;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping(LocalityApi.PATH)
@Tag(name = "Localities", description = "Vietnam's administrative units (provinces and communes), versioned by decree")
class LocalityApi {

    static final String PATH = "/api/v1/localities";

    private final Localities localities;

    LocalityApi(Localities localities) {
        this.localities = localities;
    }

    @GetMapping
    @Operation(summary = "Search units valid today",
            description = "Accents and case are ignored: `mong cai` finds \"Phường Móng Cái 1\". Every word must appear "
                    + "in the name; names where the query starts a word come first.")
    List<Locality> search(@RequestParam(defaultValue = "") String q,
                          @Parameter(description = "only units under this province code")
                          @RequestParam(required = false) @Nullable String province,
                          @Parameter(description = "province or commune")
                          @RequestParam(required = false) @Nullable String level,
                          @Parameter(description = "1 to 100") @RequestParam(defaultValue = "20") int limit) {
        return localities.search(new LocalitySearch(q, blankToNull(province), level(level), limit));
    }

    @GetMapping("/{code}")
    @Operation(summary = "One unit by code, as valid today or on a date")
    Locality one(@PathVariable String code,
                 @Parameter(description = "the day to look at (ISO date); today when absent")
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        return (date == null ? localities.find(code) : localities.findOn(code, date))
                .orElseThrow(() -> new NotFoundException("locality"));
    }

    @GetMapping("/{code}/predecessors")
    @Operation(summary = "The units before 1 July 2025 merged into a current unit",
            description = "For a current province its old provinces, for a current commune its old communes, each "
                    + "with `partial` true when only part of the old unit went into this one. Empty for a unit that "
                    + "replaced none (one created by a later decree). 404 when the code names no unit valid today.")
    List<UnitMerge> predecessors(@PathVariable String code) {
        if (localities.find(code).isEmpty()) {
            throw new NotFoundException("locality");
        }
        return localities.predecessors(code);
    }

    @GetMapping("/{code}/successors")
    @Operation(summary = "The current units a unit before 1 July 2025 went into",
            description = "The code is read as a code before the reform (valid on 30 June 2025), even where a current "
                    + "unit reuses it. Several units when the old one was split (`partial` true on each). 404 when the "
                    + "code named no unit on 30 June 2025.")
    List<UnitMerge> successors(@PathVariable String code) {
        if (localities.findOn(code, Localities.LAST_DAY_BEFORE_REFORM).isEmpty()) {
            throw new NotFoundException("locality");
        }
        return localities.successors(code);
    }

    @PostMapping(path = "/import", consumes = "text/csv")
    @Operation(summary = "Re-import units from a CSV (administrators)",
            description = "UTF-8 CSV with the header `level,code,name,parent_code`. The file replaces the units of the "
                    + "provinces it names and leaves the others alone. Problems are reported by line.")
    ImportResult importUnits(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate,
                             @RequestParam(defaultValue = "false") boolean dryRun,
                             InputStream body) throws IOException {
        return localities.importUnits(CsvUpload.read(body), effectiveDate, dryRun);
    }

    private static @Nullable LocalityLevel level(@Nullable String level) {
        if (level == null || level.isBlank()) {
            return null;
        }
        return LocalityLevel.parse(level).orElseThrow(() -> new InvalidInputException("level", "validation.format"));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
