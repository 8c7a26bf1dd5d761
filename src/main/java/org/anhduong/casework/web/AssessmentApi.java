package org.anhduong.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.casework.Assessment;
import org.anhduong.casework.Assessments;
import org.anhduong.casework.NewAssessment;
import org.anhduong.casework.RiskInstrument;
import org.anhduong.platform.security.Roles;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

@RestController
@Tag(name = "Casework: safety assessments", description = "Safety assessments with the default risk instrument. "
        + "An assessment sets the case's risk level; a HIGH result alerts the supervisors.")
class AssessmentApi {

    static final String INSTRUMENT = "/api/v1/instruments/risk/default";

    private final Assessments assessments;
    private final Labels labels;

    AssessmentApi(Assessments assessments, Labels labels) {
        this.assessments = assessments;
        this.labels = labels;
    }

    @GetMapping(CaseApi.PATH + "/{id}/assessments")
    @Operation(summary = "The case's safety assessments, newest first", description = "Audited as assessment.read.")
    List<Assessment> list(@PathVariable long id) {
        return assessments.of(id);
    }

    @PostMapping(CaseApi.PATH + "/{id}/assessments")
    @Operation(summary = "Assess the case's safety",
            description = "`answers` maps item codes of the default instrument to true (yes) or false (no); items "
                    + "left out are unanswered and counted as no. A yes to a red flag makes the result HIGH. The "
                    + "result becomes the case's risk level (a change of the case, so its ETag changes); HIGH "
                    + "alerts the case's supervisor, or every supervisor of the organisation.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "High risk (red flags)", value = WorkApiExamples.HIGH_RISK),
                    @ExampleObject(name = "Low risk", value = WorkApiExamples.LOW_RISK)})))
    ResponseEntity<Assessment> assess(@PathVariable long id, @RequestBody NewAssessment assessment) {
        Assessment made = assessments.assess(id, assessment);
        return ResponseEntity.created(URI.create(CaseApi.PATH + "/" + id + "/assessments")).body(made);
    }

    @GetMapping(INSTRUMENT)
    @PreAuthorize("hasAnyRole('" + Roles.CASE_WORKER + "', '" + Roles.SUPERVISOR + "')")
    @Operation(summary = "The default risk instrument: items, weights, red flags and thresholds",
            description = "Labels in the request's language (Accept-Language: vi or en).")
    RiskInstrumentView instrument() {
        RiskInstrument instrument = assessments.instrument();
        return new RiskInstrumentView(instrument.code(), labels.text(instrument.labelKey()), instrument.mediumFrom(),
                instrument.highFrom(), instrument.items().stream().map(item -> new RiskInstrumentView.Item(item.code(),
                        labels.text(item.labelKey()), item.weight(), item.redFlag())).toList());
    }
}
