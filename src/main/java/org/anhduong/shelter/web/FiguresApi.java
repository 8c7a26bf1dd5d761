package org.anhduong.shelter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.platform.security.Roles;
import org.anhduong.shelter.CareFigures;
import org.anhduong.shelter.EmergencyFigures;
import org.anhduong.shelter.ShelterFigures;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

@RestController
@RequestMapping(FacilityApi.PATH + "/figures")
// Not viewers: they may see figures only with counts from 1 to 4 suppressed, which the reporting module's views do.
@PreAuthorize("hasAnyRole('" + Roles.ADMINISTRATOR + "', '" + Roles.SUPERVISOR + "', '" + Roles.PROGRAMME_OFFICER
        + "')")
@Tag(name = "Shelter figures", description = "Aggregate numbers only, for reports: no case, person or facility named.")
class FiguresApi {

    private final ShelterFigures figures;
    private final ShelterDays days;

    FiguresApi(ShelterFigures figures, ShelterDays days) {
        this.figures = figures;
        this.days = days;
    }

    @GetMapping("/emergency")
    @Operation(summary = "Emergency support with episodes starting from `from` to `to` (both included)")
    EmergencyFigures emergency(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return figures.emergency(from, to);
    }

    @GetMapping("/residential-care")
    @Operation(summary = "Children in residential care on a day (today by default), by sex")
    CareFigures residentialCare(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                @Nullable LocalDate on) {
        return figures.residentialCare(days.orToday(on));
    }
}
