package org.anhduong.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.casework.CaseTransfers;
import org.anhduong.casework.ConsentRequiredException;
import org.anhduong.casework.IncomingTransfer;
import org.anhduong.casework.Transfer;
import org.anhduong.casework.TransferRequest;
import org.anhduong.platform.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
@Tag(name = "Casework transfers", description = "Transfers of a case to another organisation, with the client's "
        + "consent; the receiving organisation's supervisors accept or decline. Every step is audited.")
class TransferApi {

    static final String CASE_TRANSFER = CaseApi.PATH + "/{id}/transfer";
    static final String TRANSFERS = "/api/v1/transfers";

    private final CaseTransfers transfers;
    private final MessageSource messages;

    TransferApi(CaseTransfers transfers, MessageSource messages) {
        this.transfers = transfers;
        this.messages = messages;
    }

    @PostMapping(CASE_TRANSFER)
    @Operation(summary = "Ask another organisation to take the case",
            description = "Needs a consent naming the receiver for CASE_MANAGEMENT or INFORMATION_SHARING, or one for "
                    + "INFORMATION_SHARING with any recipient: otherwise 409 `consent-required` with `reason` (NONE, "
                    + "WITHDRAWN, EXPIRED, GUARDIAN_REQUIRED, CHILD_AGREEMENT_MISSING), audited DENIED.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "To the commune office", value = ConsentApiExamples.TRANSFER))))
    ResponseEntity<Transfer> request(@PathVariable long id, @RequestBody TransferRequest request) {
        return ResponseEntity.status(201).body(transfers.request(id, request));
    }

    @GetMapping(CASE_TRANSFER)
    @Operation(summary = "The case's transfers, newest first")
    List<Transfer> ofCase(@PathVariable long id) {
        return transfers.ofCase(id);
    }

    @PostMapping(CASE_TRANSFER + "/{transferId}/withdraw")
    @Operation(summary = "Withdraw the case's pending transfer", description = "409 `transfer-decided` once decided.")
    Transfer withdraw(@PathVariable long id, @PathVariable long transferId) {
        return transfers.withdraw(id, transferId);
    }

    @GetMapping(TRANSFERS + "/incoming")
    @Operation(summary = "Transfers waiting for the signed-in supervisor's organisation",
            description = "Survivor code, case type and reason only; the file opens once accepted.")
    List<IncomingTransfer> incoming() {
        return transfers.incoming();
    }

    @PostMapping(TRANSFERS + "/{transferId}/accept")
    @Operation(summary = "Accept a transfer: the case moves to your organisation, with you as its supervisor")
    Map<String, Long> accept(@PathVariable long transferId) {
        return Map.of("caseId", transfers.accept(transferId));
    }

    @PostMapping(TRANSFERS + "/{transferId}/decline")
    @Operation(summary = "Decline a transfer with a note (at least 5 characters)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "Outside our area", value = ConsentApiExamples.NOTE))))
    Transfer decline(@PathVariable long transferId, @RequestBody ClosureApi.Note note) {
        return transfers.decline(transferId, note.note());
    }

    @ExceptionHandler(ConsentRequiredException.class)
    ResponseEntity<ProblemDetail> consentRequired(ConsentRequiredException e) {
        ProblemDetail problem = Problems.of(e.status(), e.code(),
                messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale()));
        problem.setProperty("reason", e.reason().name());
        return ResponseEntity.status(e.status()).body(problem);
    }
}
