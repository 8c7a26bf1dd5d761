package org.anhduong.referral.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.platform.web.Versions;
import org.anhduong.referral.NewReferral;
import org.anhduong.referral.Referral;
import org.anhduong.referral.ReferralAnswer;
import org.anhduong.referral.ReferralStep;
import org.anhduong.referral.Referrals;
import org.anhduong.referral.SharedReferral;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Referrals", description = "Referrals of a case to a partner organisation. The case's team sends, reads "
        + "and withdraws; a partner user of the receiving organisation sees only the shared minimum and accepts, "
        + "declines or completes. Anyone else gets 404. Every read and change is audited.")
class ReferralApi {

    static final String REFERRALS = "/api/v1/referrals";
    static final String OF_CASE = "/api/v1/cases/{caseId}/referrals";

    private final Referrals referrals;

    ReferralApi(Referrals referrals) {
        this.referrals = referrals;
    }

    @PostMapping(OF_CASE)
    @Operation(summary = "Refer the survivor to a service",
            description = "The case's consent for purpose REFERRAL and the service's organisation is checked first: "
                    + "without one the answer is 409 `consent-required`, unless `emergency` is true with an "
                    + "`emergencyReason` (danger to life): then it is sent and the case's supervisors are alerted.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "With the client's consent", value = ApiExamples.REFERRAL),
                    @ExampleObject(name = "Emergency exception", value = ApiExamples.EMERGENCY)})))
    ResponseEntity<Referral> send(@PathVariable long caseId, @RequestBody NewReferral referral) {
        Referral sent = referrals.send(caseId, referral);
        return Versions.created(REFERRALS + "/" + sent.id(), sent.version(), sent);
    }

    @GetMapping(OF_CASE)
    @Operation(summary = "The case's referrals, newest first (the case's team)")
    List<Referral> ofCase(@PathVariable long caseId) {
        return referrals.ofCase(caseId);
    }

    @GetMapping(REFERRALS + "/inbox")
    @Operation(summary = "The signed-in partner's inbox: referrals to her organisation, unanswered first",
            description = "Only the shared minimum: survivor code, service, urgency, what the client agreed to share, "
                    + "contact arrangements.")
    List<SharedReferral> inbox() {
        return referrals.inbox();
    }

    @GetMapping(REFERRALS + "/{id}")
    @Operation(summary = "One referral: whole for the case's team, the shared minimum for the receiving partner",
            responses = @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(
                    oneOf = {Referral.class, SharedReferral.class}))))
    ResponseEntity<?> find(@PathVariable long id) {
        if (referrals.receivedByMe(id)) {
            SharedReferral shared = referrals.shared(id);
            return Versions.ok(shared.version(), shared);
        }
        Referral found = referrals.find(id);
        return Versions.ok(found.version(), found);
    }

    @GetMapping(REFERRALS + "/{id}/history")
    @Operation(summary = "The referral's history, oldest first (its team or its receiving partner)")
    List<ReferralStep> history(@PathVariable long id) {
        return referrals.history(id);
    }

    @PostMapping(REFERRALS + "/{id}/accept")
    @Operation(summary = "Accept (the receiving partner)", description = IF_MATCH)
    ResponseEntity<SharedReferral> accept(@PathVariable long id, @RequestHeader(name = Versions.IF_MATCH,
            required = false) @Nullable String ifMatch) {
        SharedReferral saved = referrals.accept(id, version(ifMatch));
        return Versions.ok(saved.version(), saved);
    }

    @PostMapping(REFERRALS + "/{id}/decline")
    @Operation(summary = "Decline with a reason (the receiving partner)", description = IF_MATCH,
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "No place", value = ApiExamples.DECLINE))))
    ResponseEntity<SharedReferral> decline(@PathVariable long id, @RequestBody ReferralAnswer reason,
                                           @RequestHeader(name = Versions.IF_MATCH, required = false)
                                           @Nullable String ifMatch) {
        SharedReferral saved = referrals.decline(id, version(ifMatch), reason);
        return Versions.ok(saved.version(), saved);
    }

    @PostMapping(REFERRALS + "/{id}/complete")
    @Operation(summary = "Complete with feedback on the service given (the receiving partner)", description = IF_MATCH,
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "Treated", value = ApiExamples.COMPLETE))))
    ResponseEntity<SharedReferral> complete(@PathVariable long id, @RequestBody ReferralAnswer feedback,
                                            @RequestHeader(name = Versions.IF_MATCH, required = false)
                                            @Nullable String ifMatch) {
        SharedReferral saved = referrals.complete(id, version(ifMatch), feedback);
        return Versions.ok(saved.version(), saved);
    }

    @PostMapping(REFERRALS + "/{id}/withdraw")
    @Operation(summary = "Withdraw, with an optional reason (the case's team)", description = IF_MATCH)
    ResponseEntity<Referral> withdraw(@PathVariable long id, @RequestBody(required = false) @Nullable ReferralAnswer reason,
                                      @RequestHeader(name = Versions.IF_MATCH, required = false)
                                      @Nullable String ifMatch) {
        Referral saved = referrals.withdraw(id, version(ifMatch), reason == null ? new ReferralAnswer(null) : reason);
        return Versions.ok(saved.version(), saved);
    }

    private static final String IF_MATCH = "If-Match is required (428 without it, 409 `stale-version` when changed "
            + "since); a step the status does not allow answers 409 `referral-status`.";

    private static int version(@Nullable String ifMatch) {
        return Versions.fromIfMatch(ifMatch, "referral");
    }
}
