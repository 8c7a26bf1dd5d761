package org.anhduong.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.casework.CaseClosure;
import org.anhduong.casework.Closure;
import org.anhduong.casework.ClosureRequest;
import org.anhduong.casework.PendingClosure;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Casework closure", description = "Closing with the supervisor's approval (where configured), sending "
        + "back, reopening with a reason. Every step is audited.")
class ClosureApi {

    static final String CLOSURE = CaseApi.PATH + "/{id}/closure";

    private final CaseClosure closure;

    ClosureApi(CaseClosure closure) {
        this.closure = closure;
    }

    /** A note or reason sent with a decision. */
    record Note(@Nullable String note) {
    }

    /** Why a case is reopened. */
    record Reopening(@Nullable String reason) {
    }

    @GetMapping(CLOSURE)
    @Operation(summary = "The case's closures, newest first")
    List<Closure> history(@PathVariable long id) {
        return closure.history(id);
    }

    @PostMapping(CLOSURE)
    @Operation(summary = "Request closure, or close where no approval is needed",
            description = "With approval configured, a case worker's request is PENDING (201) and the case keeps its "
                    + "status until a supervisor approves; a supervisor of the organisation closes at once. 409 "
                    + "`closure-pending`, `transfer-pending` or `case-closed` when it cannot be asked now.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "Goals met", value = ConsentApiExamples.CLOSURE))))
    ResponseEntity<Closure> close(@PathVariable long id, @RequestBody ClosureRequest request) {
        return ResponseEntity.status(201).body(closure.close(id, request));
    }

    @PostMapping(CLOSURE + "/approve")
    @Operation(summary = "Approve the pending closure (supervisors of the case's organisation)",
            description = "The case becomes CLOSED. 409 `no-pending-closure` when nothing waits.")
    Closure approve(@PathVariable long id) {
        return closure.approve(id);
    }

    @PostMapping(CLOSURE + "/reject")
    @Operation(summary = "Send the pending closure back with a note (supervisors of the case's organisation)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "One more follow-up", value = ConsentApiExamples.NOTE))))
    Closure reject(@PathVariable long id, @RequestBody Note note) {
        return closure.sendBack(id, note.note());
    }

    @PostMapping(CLOSURE + "/withdraw")
    @Operation(summary = "Withdraw the pending closure before it is decided (who asked for it, or a supervisor)",
            description = "The closure becomes WITHDRAWN and the case goes on. 409 `no-pending-closure` when nothing "
                    + "waits (an approved or sent-back closure is not withdrawn); 403 for another team member.")
    Closure withdraw(@PathVariable long id) {
        return closure.withdraw(id);
    }

    @PostMapping(CaseApi.PATH + "/{id}/reopen")
    @Operation(summary = "Reopen a closed case with a reason (at least 5 characters)",
            description = "The case returns to the open status it had when it was closed. 409 `case-not-closed`.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "New danger", value = ConsentApiExamples.REOPEN))))
    Closure reopen(@PathVariable long id, @RequestBody Reopening reopening) {
        return closure.reopen(id, reopening.reason());
    }

    @GetMapping("/api/v1/closures/pending")
    @Operation(summary = "Closures waiting for the signed-in supervisor's organisation, oldest first")
    List<PendingClosure> pending() {
        return closure.pending();
    }
}
