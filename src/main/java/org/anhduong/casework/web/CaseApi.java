package org.anhduong.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.casework.CaseFile;
import org.anhduong.casework.CaseManagement;
import org.anhduong.casework.CasePage;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.CaseSearch;
import org.anhduong.casework.CaseSearchResult;
import org.anhduong.casework.Client;
import org.anhduong.casework.ClientDetails;
import org.anhduong.casework.ClientName;
import org.anhduong.casework.Companion;
import org.anhduong.casework.CompanionDetails;
import org.anhduong.casework.NewCase;
import org.anhduong.casework.OpenedCase;
import org.anhduong.casework.PossibleDuplicateException;
import org.anhduong.platform.web.Problems;
import org.anhduong.platform.web.Versions;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

@RestController
@RequestMapping(CaseApi.PATH)
@Tag(name = "Casework", description = "Cases, their clients and companions. A case outside the caller's team answers "
        + "404 like a missing one, and the attempt is audited; every read is audited.")
class CaseApi {

    static final String PATH = "/api/v1/cases";

    private final CaseManagement cases;
    private final JsonMapper json;
    private final MessageSource messages;

    CaseApi(CaseManagement cases, JsonMapper json, MessageSource messages) {
        this.cases = cases;
        this.json = json;
        this.messages = messages;
    }

    @PostMapping
    @Operation(summary = "Open a case with its client and companions (case workers, supervisors; counsellors from a contact)",
            description = "An intake from the 111 line or a police or border hand-over, a walk-in, or a hotline contact "
                    + "(`contactIds`). When a client with the same phone, căn cước, or name and birth year exists, the "
                    + "answer is 409 `possible-duplicate` with the survivor codes the caller may see and `elsewhere` "
                    + "when a match exists outside their team; send again with `confirmNoDuplicate: true` to open it, or "
                    + "with `clientId` (one of `clients` in the 409) and no `client` to open the case for the known "
                    + "client. `clientId` names only a client of a case the caller may read (404 otherwise, audited).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "111 intake with two children", value = ApiExamples.INTAKE_111),
                    @ExampleObject(name = "Border hand-over", value = ApiExamples.HANDOVER)})))
    ResponseEntity<OpenedCase> open(@RequestBody NewCase draft) {
        OpenedCase opened = cases.open(draft);
        return Versions.created(PATH + "/" + opened.id(), opened.version(), opened);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A case with its client (names hidden), companions and team",
            description = "The ETag is the case's version, for If-Match on PATCH. Audited as case.read and client.read.")
    ResponseEntity<CaseFile> one(@PathVariable long id) {
        CaseFile file = cases.find(id);
        return Versions.ok(file.caseRecord().version(), file);
    }

    @GetMapping
    @Operation(summary = "My cases, or the team's cases (supervisors; unassigned intakes first)")
    CasePage list(@Parameter(description = "`mine` (assigned to me) or `team`") @RequestParam(defaultValue = "mine") String scope,
                  @Parameter(description = "from 1") @RequestParam(defaultValue = "1") int page,
                  @Parameter(description = "1 to 100") @RequestParam(defaultValue = "50") int size) {
        return "team".equals(scope) ? cases.teamCases(page, size) : cases.myCases(page, size);
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Change status (forward only), priority, risk level or team (JSON merge-patch)",
            description = "If-Match with the ETag read is required (428 `precondition-required` without it, 409 "
                    + "`stale-version` when the case changed since). Only supervisors change `assignedWorkerId` and "
                    + "`supervisorId`; `null` unassigns.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "Assign and start the assessment", value = ApiExamples.ASSIGN),
                    @ExampleObject(name = "Raise priority", value = ApiExamples.PRIORITY)})))
    ResponseEntity<CaseRecord> change(@PathVariable long id, @RequestBody JsonNode patch,
                                      @RequestHeader(name = Versions.IF_MATCH, required = false) @Nullable String ifMatch) {
        int version = Versions.fromIfMatch(ifMatch, "casework");
        CaseRecord current = cases.caseRecord(id);
        CaseRecord changed = cases.update(id, version, CasePatch.apply(json, patch, current));
        return Versions.ok(changed.version(), changed);
    }

    @GetMapping("/{id}/client")
    @Operation(summary = "The case's client, names hidden", description = "The ETag is the client's version.")
    ResponseEntity<Client> client(@PathVariable long id) {
        Client client = cases.client(id);
        return Versions.ok(client.version(), client);
    }

    @PutMapping("/{id}/client")
    @Operation(summary = "Replace the client's details",
            description = "If-Match with the client's ETag is required. A missing `fullName` or `otherNames` keeps the "
                    + "stored one; an empty text removes it.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "Client details", value = ApiExamples.CLIENT))))
    ResponseEntity<Client> replaceClient(@PathVariable long id, @RequestBody ClientDetails details,
                                         @RequestHeader(name = Versions.IF_MATCH, required = false) @Nullable String ifMatch) {
        int version = Versions.fromIfMatch(ifMatch, "casework");
        Client client = cases.updateClient(id, version, details);
        return Versions.ok(client.version(), client);
    }

    @PatchMapping(path = "/{id}/client", consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Change some of the client's details (JSON merge-patch)",
            description = "If-Match with the client's ETag is required (428 without it, 409 `stale-version` when the "
                    + "client changed since). Members left out keep their value; `null` empties one (for `fullName` "
                    + "and `otherNames`: removes the stored name). The names are never sent back: reveal them with "
                    + "POST …/client/name.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "A new address and phone", value = ApiExamples.CLIENT_PATCH))))
    ResponseEntity<Client> changeClient(@PathVariable long id, @RequestBody JsonNode patch,
                                        @RequestHeader(name = Versions.IF_MATCH, required = false) @Nullable String ifMatch) {
        int version = Versions.fromIfMatch(ifMatch, "casework");
        ClientDetails current = cases.client(id).details();
        Client client = cases.updateClient(id, version, ClientPatch.apply(json, patch, current));
        return Versions.ok(client.version(), client);
    }

    @PostMapping("/{id}/client/name")
    @Operation(summary = "Reveal the client's names (her team)",
            description = "A POST because each reveal is an audited act (client.revealName); nothing is cached.")
    ClientName revealName(@PathVariable long id) {
        return cases.revealName(id);
    }

    @GetMapping("/{id}/companions")
    @Operation(summary = "The people who came with the client")
    List<Companion> companions(@PathVariable long id) {
        return cases.companions(id);
    }

    @PostMapping("/{id}/companions")
    @Operation(summary = "Add a companion",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "A son", value = ApiExamples.COMPANION))))
    ResponseEntity<Companion> addCompanion(@PathVariable long id, @RequestBody CompanionDetails details) {
        Companion companion = cases.addCompanion(id, details);
        return ResponseEntity.status(201).body(companion);
    }

    @PutMapping("/{id}/companions/{companionId}")
    @Operation(summary = "Correct a companion's details",
            description = "If-Match with the companion's `version` (as an ETag) is required; 409 `stale-version` when "
                    + "she changed since, 404 when she is not the case's or was removed.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "A son", value = ApiExamples.COMPANION))))
    ResponseEntity<Companion> replaceCompanion(@PathVariable long id, @PathVariable long companionId,
                                               @RequestBody CompanionDetails details,
                                               @RequestHeader(name = Versions.IF_MATCH, required = false) @Nullable String ifMatch) {
        Companion companion = cases.updateCompanion(id, companionId, Versions.fromIfMatch(ifMatch, "casework"), details);
        return Versions.ok(companion.version(), companion);
    }

    @DeleteMapping("/{id}/companions/{companionId}")
    @Operation(summary = "Remove a companion recorded by mistake",
            description = "If-Match with the companion's `version` is required. The record is kept, marked removed, "
                    + "and no longer listed; audited as companion.remove.")
    ResponseEntity<Void> removeCompanion(@PathVariable long id, @PathVariable long companionId,
                                         @RequestHeader(name = Versions.IF_MATCH, required = false) @Nullable String ifMatch) {
        cases.removeCompanion(id, companionId, Versions.fromIfMatch(ifMatch, "casework"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/search")
    @Operation(summary = "Search by case number, survivor code, phone, căn cước or name words",
            description = "A POST so that no personal data goes into a URL. Names match word by word without "
                    + "diacritics; phones and căn cước exactly however written. Cases outside the caller's team are "
                    + "not listed: `elsewhere` names the organisations that hold one.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "By name", value = ApiExamples.SEARCH_NAME),
                    @ExampleObject(name = "By phone", value = ApiExamples.SEARCH_PHONE)})))
    CaseSearchResult search(@RequestBody CaseSearch search) {
        return cases.search(search);
    }

    @ExceptionHandler(PossibleDuplicateException.class)
    ResponseEntity<ProblemDetail> duplicate(PossibleDuplicateException e) {
        ProblemDetail problem = Problems.of(e.status(), e.code(),
                messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale()));
        problem.setProperty("survivorCodes", e.survivorCodes());
        problem.setProperty("clients", e.clients());
        problem.setProperty("elsewhere", e.elsewhere());
        return ResponseEntity.status(e.status()).body(problem);
    }
}
