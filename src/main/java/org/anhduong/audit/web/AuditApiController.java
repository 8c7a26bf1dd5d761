package org.anhduong.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.audit.AuditEvents;
import org.anhduong.audit.AuditSearch;
import org.anhduong.audit.AuditTrail;
import org.anhduong.platform.web.InvalidInputException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for administrators' tools: search the events, verify the chain. */
@RestController
@RequestMapping(path = AuditApiController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Audit", description = "Append-only, hash-chained audit events (administrators only)")
class AuditApiController {

    static final String PATH = "/api/v1/audit";

    private final AuditSearch search;
    private final AuditTrail trail;

    AuditApiController(AuditSearch search, AuditTrail trail) {
        this.search = search;
        this.trail = trail;
    }

    @GetMapping("/events")
    @PreAuthorize(AuditWebConfiguration.ADMINISTRATORS)
    @Operation(summary = "List audit events, newest first",
            description = "All filters are optional and combine. Dates are ISO (yyyy-MM-dd) calendar days in "
                    + "Asia/Ho_Chi_Minh, both inclusive. Offset paging from page 1, 50 events a page; hasNext tells "
                    + "whether an older page exists.")
    AuditEvents events(@ParameterObject AuditFilterForm filter) {
        var read = AuditFilters.read(filter, AuditFilters.API);
        if (read.query() == null) {
            throw new InvalidInputException(read.problems());
        }
        return search.search(read.query());
    }

    @PostMapping("/verify")
    @PreAuthorize(AuditWebConfiguration.ADMINISTRATORS)
    @Operation(summary = "Verify the hash chain",
            description = "Recomputes every event's hash and link. firstBrokenId is the first event that does not "
                    + "match, or null when the chain is intact.")
    VerificationResponse verify() {
        return VerificationResponse.of(trail.verify());
    }
}
