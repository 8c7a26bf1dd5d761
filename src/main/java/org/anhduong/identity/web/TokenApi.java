package org.anhduong.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.identity.ApiToken;
import org.anhduong.identity.internal.AccountDetails;
import org.anhduong.identity.internal.TokenService;
import org.anhduong.platform.security.CurrentUser;
import org.anhduong.identity.internal.PasswordChangeRequiredException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** API tokens: created with HTTP Basic (the only place it is accepted), used as {@code Authorization: Bearer}. */
@RestController
@Tag(name = "Identity")
class TokenApi {

    private final TokenService tokens;

    TokenApi(TokenService tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/api/v1/tokens")
    @Operation(summary = "Create an API token with your username and password (HTTP Basic)",
            description = "Returns the token once; it expires after 30 days unless configured otherwise. "
                    + "Every other endpoint takes it as 'Authorization: Bearer <token>'.",
            security = @SecurityRequirement(name = "basic"))
    ResponseEntity<Created> create(@RequestBody(required = false) @Nullable CreateRequest request) {
        var me = CurrentUser.require();
        if (me instanceof AccountDetails account && account.mustChangePassword()) {
            throw new PasswordChangeRequiredException();
        }
        var issued = tokens.issue(me, request == null ? null : request.name());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Created(issued.secret(), issued.token().id(), issued.token().expiresAt()));
    }

    @GetMapping("/api/v1/tokens")
    @Operation(summary = "List your tokens (administrators: any user's, or everyone's)")
    List<ApiToken> list(@Parameter(description = "administrators only: the user whose tokens to list")
                        @RequestParam(required = false) @Nullable Long userId) {
        return tokens.list(CurrentUser.require(), userId);
    }

    @DeleteMapping("/api/v1/tokens/{id}")
    @Operation(summary = "Revoke a token (your own; administrators: any)")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revoke(CurrentUser.require(), id);
        return ResponseEntity.noContent().build();
    }

    /** Optional body of the create call. */
    record CreateRequest(@Nullable String name) {
    }

    /** The new token; {@code token} is shown only this once. */
    record Created(String token, long id, Instant expiresAt) {
    }
}
