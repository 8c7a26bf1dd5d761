package org.anhduong.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.casework.ClassificationAnswers;
import org.anhduong.casework.ClassificationStep;
import org.anhduong.casework.Incident;
import org.anhduong.casework.IncidentDetails;
import org.anhduong.casework.Incidents;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.Versions;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Casework incidents", description = "Incidents of a case: GBVIMS type through the step-by-step helper, "
        + "acts of domestic violence (Law 13/2022/QH15 Art. 3), perpetrators, and contexts derived on every read. "
        + "Access is the case's: outside its team the answer is 404 and the attempt is audited.")
class IncidentApi {

    static final String PATH = CaseApi.PATH + "/{id}/incidents";
    static final String CLASSIFY = "/api/v1/incidents/classify";

    private final Incidents incidents;
    private final Labels labels;

    IncidentApi(Incidents incidents, Labels labels) {
        this.incidents = incidents;
        this.labels = labels;
    }

    @GetMapping(PATH)
    @Operation(summary = "The case's incidents, oldest first", description = "Audited as incident.read on the case.")
    List<Incident> list(@PathVariable long id) {
        return incidents.list(id);
    }

    @PostMapping(PATH)
    @Operation(summary = "Record an incident",
            description = "The type is the one the helper's `answers` decide (400 on `classification` while a question "
                    + "before the first \"yes\" is open); or give `manualType` with a `manualReason` of 5 to 500 "
                    + "characters (400 on `manualReason` without one). `derived` holds the contexts, the age at the "
                    + "incident and the reporting delay, computed on every read.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "Beaten by her husband (helper: no, no, yes)",
                            value = IncidentApiExamples.BEATEN_BY_HUSBAND),
                    @ExampleObject(name = "Type chosen by the worker", value = IncidentApiExamples.MANUAL)})))
    ResponseEntity<Incident> create(@PathVariable long id, @RequestBody IncidentDetails details) {
        Incident incident = incidents.create(id, details);
        return Versions.created(CaseApi.PATH + "/" + id + "/incidents/" + incident.id(), incident.version(), incident);
    }

    @GetMapping(PATH + "/{incidentId}")
    @Operation(summary = "One incident", description = "The ETag is the incident's version, for If-Match on PUT.")
    ResponseEntity<Incident> one(@PathVariable long id, @PathVariable long incidentId) {
        Incident incident = incidents.find(id, incidentId);
        return Versions.ok(incident.version(), incident);
    }

    @PutMapping(PATH + "/{incidentId}")
    @Operation(summary = "Replace an incident's details, perpetrators included",
            description = "If-Match with the ETag read is required (428 without it, 409 `stale-version` when the "
                    + "incident changed since).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
                    @ExampleObject(name = "Beaten by her husband", value = IncidentApiExamples.BEATEN_BY_HUSBAND))))
    ResponseEntity<Incident> replace(@PathVariable long id, @PathVariable long incidentId,
                                     @RequestBody IncidentDetails details,
                                     @RequestHeader(name = Versions.IF_MATCH, required = false) @Nullable String ifMatch) {
        int version = Versions.fromIfMatch(ifMatch, "casework");
        Incident incident = incidents.update(id, incidentId, version, details);
        return Versions.ok(incident.version(), incident);
    }

    @PostMapping(CLASSIFY)
    @PreAuthorize("hasAnyRole('" + Roles.CASE_WORKER + "', '" + Roles.SUPERVISOR + "')")
    @Operation(summary = "The GBVIMS helper, one step: answers in, next question or type out",
            description = "Stateless: nothing is stored. Questions come in the GBVIMS order (penetration, unwanted "
                    + "sexual contact, physical assault, forced marriage, denial of resources, psychological abuse); "
                    + "the first \"yes\" decides the type and six \"no\" mean not GBV. Send the answers so far; the "
                    + "reply has `next` (the question to ask, worded in the caller's language, with its help) or "
                    + "`type`. To go back, send the answers without the last one.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "Start", value = IncidentApiExamples.NO_ANSWERS_YET),
                    @ExampleObject(name = "No, no, yes: physical assault", value = IncidentApiExamples.NO_NO_YES)})))
    IncidentClassifyAnswer classify(@RequestBody ClassificationAnswers answers) {
        ClassificationStep step = incidents.classify(answers);
        var next = step.nextQuestion() == null ? null : new IncidentClassifyAnswer.NextQuestion(step.nextQuestion(),
                labels.text(step.nextQuestion().textKey()), labels.text(step.nextQuestion().helpKey()));
        return new IncidentClassifyAnswer(step.answers(), next, step.type(),
                step.type() == null ? null : labels.text(step.type().labelKey()));
    }
}
