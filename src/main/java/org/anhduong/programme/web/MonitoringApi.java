package org.anhduong.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.platform.web.Versions;
import org.anhduong.programme.Indicator;
import org.anhduong.programme.IndicatorDetails;
import org.anhduong.programme.IndicatorValue;
import org.anhduong.programme.ProgrammeMonitoring;
import org.anhduong.programme.Visit;
import org.anhduong.programme.VisitDetails;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping(ModelApi.PATH)
@Tag(name = "Programme monitoring", description = "Indicators with targets (values computed from activities and "
        + "trainings, or entered by hand with an evidence note) and supervision visits with follow-up actions.")
class MonitoringApi {

    private final ProgrammeMonitoring monitoring;

    MonitoringApi(ProgrammeMonitoring monitoring) {
        this.monitoring = monitoring;
    }

    @GetMapping("/indicators")
    @Operation(summary = "Every indicator with its hand-entered values")
    List<Indicator> indicators() {
        return monitoring.indicators();
    }

    @PostMapping("/indicators")
    @Operation(summary = "Define an indicator with its target for a period")
    ResponseEntity<Indicator> createIndicator(@RequestBody IndicatorDetails details) {
        Indicator created = monitoring.createIndicator(details);
        return Versions.created(ModelApi.PATH + "/indicators/" + created.id(), created.version(), created);
    }

    @GetMapping("/indicators/{id}")
    @Operation(summary = "One indicator")
    ResponseEntity<Indicator> indicator(@PathVariable long id) {
        Indicator found = monitoring.indicator(id);
        return Versions.ok(found.version(), found);
    }

    @PutMapping("/indicators/{id}")
    @Operation(summary = "Replace an indicator's definition")
    ResponseEntity<Indicator> replaceIndicator(@PathVariable long id, @RequestBody IndicatorDetails details,
                                               @RequestHeader(name = Versions.IF_MATCH, required = false)
                                               @Nullable String ifMatch) {
        Indicator saved = monitoring.updateIndicator(id, Versions.fromIfMatch(ifMatch, "programme"), details);
        return Versions.ok(saved.version(), saved);
    }

    @PostMapping("/indicators/{id}/values")
    @Operation(summary = "Enter a value by hand, with its evidence note", description = "409 `indicator-computed` "
            + "for an indicator whose value is computed.")
    ResponseEntity<Indicator> addValue(@PathVariable long id, @RequestBody IndicatorValue value) {
        Indicator saved = monitoring.addValue(id, value);
        return Versions.ok(saved.version(), saved);
    }

    @GetMapping("/visits")
    @Operation(summary = "Every supervision visit, latest first")
    List<Visit> visits() {
        return monitoring.visits();
    }

    @PostMapping("/visits")
    @Operation(summary = "Record a supervision or evaluation visit with follow-up actions (owner, due date)")
    ResponseEntity<Visit> createVisit(@RequestBody VisitDetails details) {
        Visit created = monitoring.createVisit(details);
        return Versions.created(ModelApi.PATH + "/visits/" + created.id(), created.version(), created);
    }

    @GetMapping("/visits/{id}")
    @Operation(summary = "One visit")
    ResponseEntity<Visit> visit(@PathVariable long id) {
        Visit found = monitoring.visit(id);
        return Versions.ok(found.version(), found);
    }

    @PutMapping("/visits/{id}")
    @Operation(summary = "Replace a visit (e.g. to mark actions done)")
    ResponseEntity<Visit> replaceVisit(@PathVariable long id, @RequestBody VisitDetails details,
                                       @RequestHeader(name = Versions.IF_MATCH, required = false)
                                       @Nullable String ifMatch) {
        Visit saved = monitoring.updateVisit(id, Versions.fromIfMatch(ifMatch, "programme"), details);
        return Versions.ok(saved.version(), saved);
    }
}
