package org.anhduong.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.casework.DueFollowUp;
import org.anhduong.casework.FollowUp;
import org.anhduong.casework.FollowUps;
import org.anhduong.casework.NewFollowUp;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.Versions;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Casework: follow-ups", description = "Follow-ups of a case, and the due and overdue lists.")
class FollowUpApi {

    static final String DUE = "/api/v1/follow-ups/due";

    private final FollowUps followUps;

    FollowUpApi(FollowUps followUps) {
        this.followUps = followUps;
    }

    /** What a follow-up came to. */
    record Done(@Nullable String result) {
    }

    @GetMapping(CaseApi.PATH + "/{id}/follow-ups")
    @Operation(summary = "The case's follow-ups: open ones by due date, then done ones",
            description = "Audited as followUp.read.")
    List<FollowUp> list(@PathVariable long id) {
        return followUps.of(id);
    }

    @PostMapping(CaseApi.PATH + "/{id}/follow-ups")
    @Operation(summary = "Plan a follow-up",
            description = "`assignedTo` is a member of the case's team (its worker or supervisor, or a supervisor of "
                    + "its organisation); left out, the caller.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "A call in a week", value = WorkApiExamples.FOLLOW_UP))))
    ResponseEntity<FollowUp> plan(@PathVariable long id, @RequestBody NewFollowUp followUp) {
        FollowUp planned = followUps.plan(id, followUp);
        return Versions.created(CaseApi.PATH + "/" + id + "/follow-ups/" + planned.id(), planned.version(), planned);
    }

    @PostMapping(CaseApi.PATH + "/{id}/follow-ups/{followUpId}/done")
    @Operation(summary = "Record a follow-up as done, with its result",
            description = "If-Match with the follow-up's version is required (409 `stale-version` when it changed or "
                    + "was done meanwhile).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "Done", value = WorkApiExamples.DONE))))
    ResponseEntity<FollowUp> done(@PathVariable long id, @PathVariable long followUpId, @RequestBody Done done,
                                  @RequestHeader(name = Versions.IF_MATCH, required = false) @Nullable String ifMatch) {
        int version = Versions.fromIfMatch(ifMatch, "casework");
        FollowUp changed = followUps.done(id, followUpId, version, done.result() == null ? "" : done.result());
        return Versions.ok(changed.version(), changed);
    }

    @GetMapping(DUE)
    @Operation(summary = "Open follow-ups due within a week or overdue, by due date",
            description = "`mine`: assigned to the caller; `team`: on the cases of the supervisor's organisation. "
                    + "No purposes: open the case to read them.")
    List<DueFollowUp> due(@Parameter(description = "`mine` or `team`") @RequestParam(defaultValue = "mine") String scope) {
        return switch (scope) {
            case "mine" -> followUps.mine();
            case "team" -> followUps.team();
            default -> throw new InvalidInputException("scope", "validation.format");
        };
    }
}
