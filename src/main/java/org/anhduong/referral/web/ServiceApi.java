package org.anhduong.referral.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.casework.EspSector;
import org.anhduong.platform.web.Versions;
import org.anhduong.referral.Pathway;
import org.anhduong.referral.ServiceDetails;
import org.anhduong.referral.ServiceDirectory;
import org.anhduong.referral.ServiceOffer;
import org.anhduong.referral.ServiceSearch;
import org.anhduong.referral.ServiceType;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Referral directory", description = "The service directory (UN Essential Services Package sectors) and the "
        + "referral pathways. Every staff role reads and searches; administrators change.")
class ServiceApi {

    static final String SERVICES = "/api/v1/services";
    static final String PATHWAYS = "/api/v1/pathways";

    private final ServiceDirectory directory;

    ServiceApi(ServiceDirectory directory) {
        this.directory = directory;
    }

    @GetMapping(SERVICES)
    @Operation(summary = "Search services by need (service type or sector), commune and name words",
            description = "Name words match without diacritics (\"benh vien\" finds \"Bệnh viện\"); a commune finds "
                    + "its own services and the province-wide ones. At most 200.")
    List<ServiceOffer> search(@RequestParam(required = false) @Nullable ServiceType need,
                              @RequestParam(required = false) @Nullable EspSector sector,
                              @RequestParam(required = false) @Nullable String commune,
                              @RequestParam(required = false) @Nullable String q,
                              @RequestParam(defaultValue = "false") boolean inactive) {
        return directory.search(new ServiceSearch(need, sector, commune, q, inactive));
    }

    @GetMapping(SERVICES + "/{id}")
    @Operation(summary = "One service; its version is the ETag, for If-Match on PUT")
    ResponseEntity<ServiceOffer> find(@PathVariable long id) {
        ServiceOffer found = directory.find(id);
        return Versions.ok(found.version(), found);
    }

    @PostMapping(SERVICES)
    @Operation(summary = "Add a service (administrators)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "A hospital's one-stop service", value = ApiExamples.SERVICE))))
    ResponseEntity<ServiceOffer> create(@RequestBody ServiceDetails details) {
        ServiceOffer created = directory.create(details);
        return Versions.created(SERVICES + "/" + created.id(), created.version(), created);
    }

    @PutMapping(SERVICES + "/{id}")
    @Operation(summary = "Replace a service's details (administrators)",
            description = "If-Match is required (428 without it, 409 `stale-version` when changed since).")
    ResponseEntity<ServiceOffer> replace(@PathVariable long id, @RequestBody ServiceDetails details,
                                         @RequestHeader(name = Versions.IF_MATCH, required = false)
                                         @Nullable String ifMatch) {
        ServiceOffer saved = directory.update(id, Versions.fromIfMatch(ifMatch, "referral"), details);
        return Versions.ok(saved.version(), saved);
    }

    @GetMapping(PATHWAYS)
    @Operation(summary = "Every saved pathway, by scope and service type")
    List<Pathway> pathways() {
        return directory.pathways();
    }

    @GetMapping(PATHWAYS + "/{scope}/{serviceType}")
    @Operation(summary = "The pathway to propose for a service type in a commune",
            description = "The commune's own pathway, else the province's (scope `PROVINCE`), else an empty one. The "
                    + "ETag is the version of the pathway returned (\"0\" when none is saved).")
    ResponseEntity<Pathway> pathway(@PathVariable String scope, @PathVariable ServiceType serviceType) {
        Pathway found = directory.pathway(Pathway.PROVINCE.equals(scope) ? null : scope, serviceType);
        return Versions.ok(found.version(), found);
    }

    @PutMapping(PATHWAYS + "/{scope}/{serviceType}")
    @Operation(summary = "Replace a pathway: the services to propose, in order (administrators)",
            description = "Scope is a commune code or `PROVINCE`. If-Match is required: \"0\" for a pathway not yet "
                    + "saved for this scope.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "Two providers", value = ApiExamples.PATHWAY))))
    ResponseEntity<Pathway> savePathway(@PathVariable String scope, @PathVariable ServiceType serviceType,
                                        @RequestBody PathwayBody body,
                                        @RequestHeader(name = Versions.IF_MATCH, required = false)
                                        @Nullable String ifMatch) {
        Pathway saved = directory.savePathway(scope, serviceType, Versions.fromIfMatch(ifMatch, "referral"),
                body.serviceIds() == null ? List.of() : body.serviceIds());
        return Versions.ok(saved.version(), saved);
    }

    /** The services of a pathway, in order. */
    record PathwayBody(@Nullable List<Long> serviceIds) {
    }
}
