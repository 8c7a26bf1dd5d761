package org.anhduong.shelter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.platform.web.Versions;
import org.anhduong.shelter.Facility;
import org.anhduong.shelter.FacilityDetails;
import org.anhduong.shelter.Occupancy;
import org.anhduong.shelter.Placement;
import org.anhduong.shelter.ShelterRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping(FacilityApi.PATH)
@Tag(name = "Shelter registry", description = "Shelters, one-stop centre beds, trusted addresses and social-protection "
        + "facilities, and the occupancy board. Administrators create and change facilities; case workers, supervisors, "
        + "administrators and shelter staff (their own organisation's facilities only) read them. The address and "
        + "contact person are returned only to the facility's shelter staff and to administrators.")
class FacilityApi {

    static final String PATH = "/api/v1/shelter";

    private final ShelterRegistry registry;
    private final ShelterDays days;

    FacilityApi(ShelterRegistry registry, ShelterDays days) {
        this.registry = registry;
        this.days = days;
    }

    @GetMapping("/facilities")
    @Operation(summary = "The facilities the caller may see, by name")
    List<Facility> list() {
        return registry.facilities();
    }

    @PostMapping("/facilities")
    @Operation(summary = "Register a facility (administrators)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "A trusted address", value = ShelterApiExamples.FACILITY))))
    ResponseEntity<Facility> create(@RequestBody FacilityDetails details) {
        Facility created = registry.create(details);
        return Versions.created(PATH + "/facilities/" + created.id(), created.version(), created);
    }

    @GetMapping("/facilities/{id}")
    @Operation(summary = "One facility", description = "The ETag is its version, for If-Match on PUT.")
    ResponseEntity<Facility> find(@PathVariable long id) {
        Facility found = registry.find(id);
        return Versions.ok(found.version(), found);
    }

    @PutMapping("/facilities/{id}")
    @Operation(summary = "Replace a facility's details (administrators)",
            description = "If-Match is required (428 without it, 409 `stale-version` when changed since). An address "
                    + "or contact person left out keeps the stored one; an empty one removes it. A capacity below "
                    + "today's occupancy answers 409 `capacity-below-occupancy`.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "A trusted address", value = ShelterApiExamples.FACILITY))))
    ResponseEntity<Facility> replace(@PathVariable long id, @RequestBody FacilityDetails details,
                                     @RequestHeader(name = Versions.IF_MATCH, required = false) @Nullable String ifMatch) {
        Facility saved = registry.update(id, Versions.fromIfMatch(ifMatch, "shelter"), details);
        return Versions.ok(saved.version(), saved);
    }

    @GetMapping("/occupancy")
    @Operation(summary = "The occupancy board: persons staying and free places per active facility on a day "
            + "(today by default)")
    List<Occupancy> board(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                          @Nullable LocalDate on) {
        return registry.board(days.orToday(on));
    }

    @GetMapping("/facilities/{id}/placements")
    @Operation(summary = "Who stays in a facility on a day (today by default): its shelter staff and its "
            + "organisation's supervisors", description = "Anyone else gets 404.")
    List<Placement> placements(@PathVariable long id, @RequestParam(required = false)
                               @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on) {
        return registry.placements(id, days.orToday(on));
    }
}
