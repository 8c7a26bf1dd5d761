package org.anhduong.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.casework.CasePlan;
import org.anhduong.casework.Goal;
import org.anhduong.casework.GoalDetails;
import org.anhduong.casework.ServiceDetails;
import org.anhduong.casework.ServiceGiven;
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

import java.util.List;

@RestController
@RequestMapping(CaseApi.PATH + "/{id}")
@Tag(name = "Casework: case plan and services", description = "Goals of the case plan and services given, typed by "
        + "the UN Essential Services Package. Updates need If-Match with the item's ETag.")
class PlanApi {

    private final CasePlan plan;

    PlanApi(CasePlan plan) {
        this.plan = plan;
    }

    @GetMapping("/goals")
    @Operation(summary = "The case plan's goals", description = "Audited as goal.read.")
    List<Goal> goals(@PathVariable long id) {
        return plan.goals(id);
    }

    @PostMapping("/goals")
    @Operation(summary = "Add a goal", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(examples = @ExampleObject(name = "Safe housing", value = WorkApiExamples.GOAL))))
    ResponseEntity<Goal> addGoal(@PathVariable long id, @RequestBody GoalDetails goal) {
        Goal added = plan.addGoal(id, goal);
        return Versions.created(CaseApi.PATH + "/" + id + "/goals/" + added.id(), added.version(), added);
    }

    @PutMapping("/goals/{goalId}")
    @Operation(summary = "Change a goal's text or status (OPEN, ACHIEVED, DROPPED)",
            description = "If-Match required (428 without, 409 `stale-version` when it changed since).")
    ResponseEntity<Goal> changeGoal(@PathVariable long id, @PathVariable long goalId, @RequestBody GoalDetails goal,
                                    @RequestHeader(name = Versions.IF_MATCH, required = false) @Nullable String ifMatch) {
        Goal changed = plan.changeGoal(id, goalId, Versions.fromIfMatch(ifMatch, "casework"), goal);
        return Versions.ok(changed.version(), changed);
    }

    @GetMapping("/services")
    @Operation(summary = "Services given, most recent first", description = "Audited as service.read.")
    List<ServiceGiven> services(@PathVariable long id) {
        return plan.services(id);
    }

    @PostMapping("/services")
    @Operation(summary = "Record a service given",
            description = "`type` from the ESP taxonomy (its sector follows); `givenOn` not in the future; the "
                    + "provider is one of our organisations (`providerOrganisationId`) or a name of at most 200 "
                    + "characters (`providerName`), or neither for the case's own organisation.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "Direct counselling", value = WorkApiExamples.COUNSELLING),
                    @ExampleObject(name = "Legal aid by a partner", value = WorkApiExamples.LEGAL_AID)})))
    ResponseEntity<ServiceGiven> record(@PathVariable long id, @RequestBody ServiceDetails service) {
        ServiceGiven given = plan.recordService(id, service);
        return Versions.created(CaseApi.PATH + "/" + id + "/services/" + given.id(), given.version(), given);
    }

    @PutMapping("/services/{serviceId}")
    @Operation(summary = "Correct a service given",
            description = "Replaces every field. If-Match required (428 without, 409 `stale-version` when stale).")
    ResponseEntity<ServiceGiven> change(@PathVariable long id, @PathVariable long serviceId,
                                        @RequestBody ServiceDetails service,
                                        @RequestHeader(name = Versions.IF_MATCH, required = false) @Nullable String ifMatch) {
        ServiceGiven changed = plan.changeService(id, serviceId, Versions.fromIfMatch(ifMatch, "casework"), service);
        return Versions.ok(changed.version(), changed);
    }
}
