package org.anhduong.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.casework.IdentificationStep;
import org.anhduong.casework.NewIdentificationStep;
import org.anhduong.casework.Trafficking;
import org.anhduong.casework.TraffickingDetails;
import org.anhduong.casework.TraffickingRecord;
import org.anhduong.platform.web.Versions;
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

@RestController
@RequestMapping(CaseApi.PATH + "/{id}/trafficking")
@Tag(name = "Casework trafficking", description = "The trafficking record of trafficking cases (Law 53/2024/QH15). "
        + "Other cases answer 409 `not-trafficking`.")
class TraffickingApi {

    private final Trafficking trafficking;

    TraffickingApi(Trafficking trafficking) {
        this.trafficking = trafficking;
    }

    @GetMapping
    @Operation(summary = "The trafficking record, with its identification steps and the case's hand-overs",
            description = "The ETag is its version (\"0\" until first saved), for If-Match on PUT. `handovers` lists "
                    + "the case's hand-overs without personal data; they are kept and changed at "
                    + "/api/v1/cases/{id}/handovers.")
    ResponseEntity<TraffickingRecord> find(@PathVariable long id) {
        TraffickingRecord found = trafficking.find(id);
        return Versions.ok(found.version(), found);
    }

    @PutMapping
    @Operation(summary = "Replace the trafficking record's details",
            description = "If-Match is required (428 without it, 409 `stale-version` when changed since). Status "
                    + "moves REPORTED → UNDER_IDENTIFICATION → IDENTIFIED_VICTIM or NOT_A_VICTIM, one step at a time. "
                    + "The hand-over is not part of it: record it at /api/v1/cases/{id}/handovers once identification "
                    + "is decided.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "Identified and home", value = ConsentApiExamples.TRAFFICKING))))
    ResponseEntity<TraffickingRecord> replace(@PathVariable long id, @RequestBody TraffickingDetails details,
                                              @RequestHeader(name = Versions.IF_MATCH, required = false)
                                              @Nullable String ifMatch) {
        TraffickingRecord saved = trafficking.update(id, Versions.fromIfMatch(ifMatch, "casework"), details);
        return Versions.ok(saved.version(), saved);
    }

    @PostMapping("/steps")
    @Operation(summary = "Add a step taken to identify her hometown or relatives",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "Relatives found", value = ConsentApiExamples.STEP))))
    ResponseEntity<IdentificationStep> addStep(@PathVariable long id, @RequestBody NewIdentificationStep step) {
        return ResponseEntity.status(201).body(trafficking.addStep(id, step));
    }
}
