package org.anhduong.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.casework.Consent;
import org.anhduong.casework.ConsentDecision;
import org.anhduong.casework.ConsentOverview;
import org.anhduong.casework.ConsentPurpose;
import org.anhduong.casework.ConsentWithdrawal;
import org.anhduong.casework.Consents;
import org.anhduong.casework.NewConsent;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@RequestMapping(CaseApi.PATH + "/{id}/consents")
@Tag(name = "Casework consents", description = "Consents as data: per purpose, per recipient, withdrawable. For the "
        + "case's team; every read and change is audited.")
class ConsentApi {

    private final Consents consents;

    ConsentApi(Consents consents) {
        this.consents = consents;
    }

    @GetMapping
    @Operation(summary = "The case's consents and today's decision per purpose (no recipient named)")
    ConsentOverview list(@PathVariable long id) {
        return consents.list(id);
    }

    @PostMapping
    @Operation(summary = "Record a consent",
            description = "A guardian consents for a child under 16, with the child's own agreement from 7 "
                    + "(`childAgreed`). Without `recipientOrganisationId` it covers any recipient for the purpose. "
                    + "Refused with 409 `case-closed` on a closed case.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "The client consents to a referral", value = ConsentApiExamples.CONSENT_CLIENT),
                    @ExampleObject(name = "A mother consents for her daughter of 12, who agrees",
                            value = ConsentApiExamples.CONSENT_GUARDIAN)})))
    ResponseEntity<Consent> record(@PathVariable long id, @RequestBody NewConsent consent) {
        Consent recorded = consents.record(id, consent);
        return ResponseEntity.created(URI.create(CaseApi.PATH + "/" + id + "/consents/" + recorded.id())).body(recorded);
    }

    @PostMapping("/{consentId}/withdraw")
    @Operation(summary = "Withdraw a consent (it stays, marked withdrawn)",
            description = "Also on a closed case. 409 `consent-withdrawn` when it already was.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "The client withdraws", value = ConsentApiExamples.WITHDRAWAL))))
    Consent withdraw(@PathVariable long id, @PathVariable long consentId, @RequestBody ConsentWithdrawal withdrawal) {
        return consents.withdraw(id, consentId, withdrawal);
    }

    @GetMapping("/check")
    @Operation(summary = "May the case's data be shared with this organisation for this purpose today?",
            description = "Ids and codes only in the query. `reason` is GIVEN, NONE, WITHDRAWN, EXPIRED, "
                    + "GUARDIAN_REQUIRED or CHILD_AGREEMENT_MISSING; `consentId` names the consent decided on.")
    ConsentDecision check(@PathVariable long id, @RequestParam ConsentPurpose purpose,
                          @Parameter(description = "the receiving organisation's id; none for any recipient")
                          @RequestParam(required = false) @Nullable Long recipient) {
        return consents.check(id, purpose, recipient);
    }
}
