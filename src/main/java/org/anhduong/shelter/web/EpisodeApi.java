package org.anhduong.shelter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.platform.web.Versions;
import org.anhduong.shelter.EmergencySupport;
import org.anhduong.shelter.Episode;
import org.anhduong.shelter.EpisodeDetails;
import org.anhduong.shelter.NewPlacement;
import org.anhduong.shelter.NewResidentialPlacement;
import org.anhduong.shelter.Placement;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
@Tag(name = "Emergency support", description = "Emergency support episodes of a case, the persons supported (the "
        + "client and chosen companions, each counted once), their placements in shelters and trusted addresses, and "
        + "children's residential care. For the case's team; anyone else gets 404. A placement beyond a facility's "
        + "capacity answers 409 `capacity-exceeded`; a person already staying somewhere on one of its nights 409 "
        + "`placement-overlap`.")
class EpisodeApi {

    static final String CASES = "/api/v1/cases/{caseId}";
    static final String EPISODES = "/api/v1/emergency-episodes";
    static final String PLACEMENTS = "/api/v1/placements";

    private final EmergencySupport support;

    EpisodeApi(EmergencySupport support) {
        this.support = support;
    }

    @GetMapping(CASES + "/emergency-episodes")
    @Operation(summary = "The case's episodes, newest first, with persons and placements")
    List<Episode> episodes(@PathVariable long caseId) {
        return support.episodes(caseId);
    }

    @PostMapping(CASES + "/emergency-episodes")
    @Operation(summary = "Start an episode for the client and the chosen companions",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "A mother and her two children", value = ShelterApiExamples.EPISODE))))
    ResponseEntity<Episode> start(@PathVariable long caseId, @RequestBody EpisodeDetails details) {
        Episode started = support.start(caseId, details);
        return Versions.created(EPISODES + "/" + started.id(), started.version(), started);
    }

    @GetMapping(EPISODES + "/{id}")
    @Operation(summary = "One episode", description = "The ETag is its version, for If-Match on PUT.")
    ResponseEntity<Episode> find(@PathVariable long id) {
        Episode found = support.find(id);
        return Versions.ok(found.version(), found);
    }

    @PutMapping(EPISODES + "/{id}")
    @Operation(summary = "Replace an episode's end, support types and companions (its start stays)",
            description = "If-Match is required (428 without it, 409 `stale-version` when changed since). Removing a "
                    + "companion placed in the episode answers 409 `person-placed`.")
    ResponseEntity<Episode> replace(@PathVariable long id, @RequestBody EpisodeDetails details,
                                    @RequestHeader(name = Versions.IF_MATCH, required = false) @Nullable String ifMatch) {
        Episode saved = support.update(id, Versions.fromIfMatch(ifMatch, "shelter"), details);
        return Versions.ok(saved.version(), saved);
    }

    @PostMapping(EPISODES + "/{id}/placements")
    @Operation(summary = "Place a person of the episode in a shelter, one-stop centre bed or trusted address",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "The client tonight", value = ShelterApiExamples.PLACEMENT))))
    ResponseEntity<Placement> place(@PathVariable long id, @RequestBody NewPlacement placement) {
        Placement placed = support.place(id, placement);
        return Versions.created(PLACEMENTS + "/" + placed.id(), placed.version(), placed);
    }

    @GetMapping(CASES + "/residential-care")
    @Operation(summary = "The case's children in residential care, newest first")
    List<Placement> care(@PathVariable long caseId) {
        return support.residentialCare(caseId);
    }

    @PostMapping(CASES + "/residential-care")
    @Operation(summary = "Place a child of the case (the client, or a companion) in a social-protection facility",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "A trafficked returnee", value = ShelterApiExamples.CARE))))
    ResponseEntity<Placement> placeInCare(@PathVariable long caseId, @RequestBody NewResidentialPlacement placement) {
        Placement placed = support.placeInCare(caseId, placement);
        return Versions.created(PLACEMENTS + "/" + placed.id(), placed.version(), placed);
    }

    @GetMapping(PLACEMENTS + "/{id}")
    @Operation(summary = "One placement: the case's team or the facility's shelter staff",
            description = "The ETag is its version, for If-Match on discharge.")
    ResponseEntity<Placement> placement(@PathVariable long id) {
        Placement found = support.placement(id);
        return Versions.ok(found.version(), found);
    }

    @PostMapping(PLACEMENTS + "/{id}/discharge")
    @Operation(summary = "Discharge: the stay ends on the day given (its night is no longer counted)",
            description = "If-Match is required. 409 `already-discharged` for a stay already ended.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "Home after three nights", value = ShelterApiExamples.DISCHARGE))))
    ResponseEntity<Placement> discharge(@PathVariable long id, @RequestBody Discharge body,
                                        @RequestHeader(name = Versions.IF_MATCH, required = false) @Nullable String ifMatch) {
        int version = Versions.fromIfMatch(ifMatch, "shelter");
        if (body.dischargedOn() == null) {
            throw new org.anhduong.platform.web.InvalidInputException("dischargedOn", "validation.required");
        }
        Placement saved = support.discharge(id, version, body.dischargedOn());
        return Versions.ok(saved.version(), saved);
    }

    /** The body of a discharge. */
    record Discharge(@Nullable LocalDate dischargedOn) {
    }
}
