package org.anhduong.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.casework.Handover;
import org.anhduong.casework.HandoverDetails;
import org.anhduong.casework.HandoverVisit;
import org.anhduong.casework.Handovers;
import org.anhduong.casework.NewHandoverVisit;
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

import java.net.URI;
import java.util.List;

@RestController
@RequestMapping(CaseApi.PATH + "/{id}/handovers")
@Tag(name = "Casework hand-overs", description = "Hand-over and reintegration of any case (trafficking returnees, "
        + "children): to her family, locality or an organisation, the receiving person (name encrypted) or "
        + "organisation, and follow-up visits. The trafficking record lists these; it keeps no copy. For the case's "
        + "team; every read and change is audited.")
class HandoverApi {

    private final Handovers handovers;

    HandoverApi(Handovers handovers) {
        this.handovers = handovers;
    }

    @GetMapping
    @Operation(summary = "The case's hand-overs, oldest first, with their visits")
    List<Handover> list(@PathVariable long id) {
        return handovers.list(id);
    }

    @GetMapping("/{handoverId}")
    @Operation(summary = "One hand-over", description = "The ETag is its version, for If-Match on PUT.")
    ResponseEntity<Handover> find(@PathVariable long id, @PathVariable long handoverId) {
        Handover found = handovers.find(id, handoverId);
        return Versions.ok(found.version(), found);
    }

    @PostMapping
    @Operation(summary = "Record a hand-over",
            description = "`to` is TO_FAMILY, TO_LOCALITY or TO_ORGANISATION; an organisation is named by "
                    + "`receivingOrganisationId` when it is in the system, else by `receivingOrganisationName`. The "
                    + "day is not in the future; for a trafficking case identification must be decided and the day "
                    + "not before her return. 409 `case-closed` on a closed case.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "To her mother", value = ProtectionApiExamples.HANDOVER_FAMILY),
                    @ExampleObject(name = "To an NGO not in the system",
                            value = ProtectionApiExamples.HANDOVER_ORGANISATION)})))
    ResponseEntity<Handover> record(@PathVariable long id, @RequestBody HandoverDetails details) {
        Handover recorded = handovers.record(id, details);
        return Versions.created(CaseApi.PATH + "/" + id + "/handovers/" + recorded.id(), recorded.version(), recorded);
    }

    @PutMapping("/{handoverId}")
    @Operation(summary = "Replace a hand-over's details (its visits stay)",
            description = "If-Match is required (428 without it, 409 `stale-version` when changed since).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "To her mother", value = ProtectionApiExamples.HANDOVER_FAMILY))))
    ResponseEntity<Handover> replace(@PathVariable long id, @PathVariable long handoverId,
                                     @RequestBody HandoverDetails details,
                                     @RequestHeader(name = Versions.IF_MATCH, required = false) @Nullable String ifMatch) {
        Handover saved = handovers.update(id, handoverId, Versions.fromIfMatch(ifMatch, "casework"), details);
        return Versions.ok(saved.version(), saved);
    }

    @PostMapping("/{handoverId}/visits")
    @Operation(summary = "Add a follow-up visit after the hand-over",
            description = "Not before the hand-over, not in the future; `wellbeing` DOING_WELL, STABLE, DIFFICULTIES "
                    + "or AT_RISK.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "Two weeks later", value = ProtectionApiExamples.VISIT))))
    ResponseEntity<HandoverVisit> addVisit(@PathVariable long id, @PathVariable long handoverId,
                                           @RequestBody NewHandoverVisit visit) {
        HandoverVisit added = handovers.addVisit(id, handoverId, visit);
        return ResponseEntity.created(URI.create(CaseApi.PATH + "/" + id + "/handovers/" + handoverId)).body(added);
    }
}
