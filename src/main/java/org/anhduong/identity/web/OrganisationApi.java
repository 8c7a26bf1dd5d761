package org.anhduong.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.identity.internal.IdentityAdministration;
import org.jspecify.annotations.Nullable;
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

import java.util.List;

/** Organisations for administrators. Updates are optimistic: they name the version they change (ETag / If-Match). */
@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Identity")
class OrganisationApi {

    private final IdentityAdministration administration;

    OrganisationApi(IdentityAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    @Operation(summary = "List organisations, optionally those whose name contains q (accents and case ignored)")
    List<OrganisationJson> list(@RequestParam(required = false) @Nullable String q) {
        return administration.organisations(q).stream().map(OrganisationJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation; the ETag header carries its version")
    ResponseEntity<OrganisationJson> get(@PathVariable long id) {
        return found(id);
    }

    @PostMapping
    @Operation(summary = "Create an organisation", description = "Answers 201 with the organisation and its ETag.")
    ResponseEntity<OrganisationJson> create(@RequestBody OrganisationJson.Request request) {
        long id = administration.createOrganisation(request.input());
        var body = OrganisationJson.of(administration.organisation(id));
        return ETags.created("/api/v1/organisations/" + id, body, body.version());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an organisation's fields",
            description = "Send the version you read as If-Match: \"<version>\" or as the field 'version'. "
                    + "Answers 409 with code stale-version when someone else saved first.")
    ResponseEntity<OrganisationJson> update(@PathVariable long id,
                                            @Parameter(description = "\"<version>\" from the ETag")
                                            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
                                            @RequestBody OrganisationJson.Request request) {
        administration.updateOrganisation(id, ETags.expected(ifMatch, request.version()), request.input());
        return found(id);
    }

    private ResponseEntity<OrganisationJson> found(long id) {
        var body = OrganisationJson.of(administration.organisation(id));
        return ETags.ok(body, body.version());
    }
}
