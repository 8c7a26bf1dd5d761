package org.anhduong.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.casework.OrderRevocation;
import org.anhduong.casework.ProtectionOrder;
import org.anhduong.casework.ProtectionOrderDetails;
import org.anhduong.casework.ProtectionOrders;
import org.anhduong.platform.web.Versions;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping(CaseApi.PATH + "/{id}/protection-orders")
@Tag(name = "Casework protection orders", description = "Prohibition-of-contact orders (cấm tiếp xúc, Law "
        + "13/2022/QH15 Art. 23) of a case: issuer, request and decision (the 12-hour target as `target` MET, MISSED or "
        + "PENDING), span, perpetrator, who was notified, revocation; `status` REQUESTED, IN_FORCE, EXPIRED, REVOKED or "
        + "REFUSED is derived. For the case's team; every read and change is audited.")
class ProtectionOrderApi {

    private final ProtectionOrders orders;

    ProtectionOrderApi(ProtectionOrders orders) {
        this.orders = orders;
    }

    @GetMapping
    @Operation(summary = "The case's orders, newest request first")
    List<ProtectionOrder> list(@PathVariable long id) {
        return orders.list(id);
    }

    @GetMapping("/{orderId}")
    @Operation(summary = "One order", description = "The ETag is its version, for If-Match on PUT and revocation.")
    ResponseEntity<ProtectionOrder> find(@PathVariable long id, @PathVariable long orderId) {
        ProtectionOrder found = orders.find(id, orderId);
        return Versions.ok(found.version(), found);
    }

    @PostMapping
    @Operation(summary = "Record an order, requested or already decided",
            description = "Times are ISO instants. A granted order needs `startsAt` and `endsAt` (after the start). A "
                    + "commune chair's order lasts at most 3 days: longer is refused with 400 "
                    + "`protection-order-too-long`. `perpetratorId` is one of the case's incident perpetrators. 409 "
                    + "`case-closed` on a closed case.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "Requested of the commune chair", value = ProtectionApiExamples.ORDER_REQUESTED),
                    @ExampleObject(name = "Granted by the commune chair for 3 days",
                            value = ProtectionApiExamples.ORDER_GRANTED),
                    @ExampleObject(name = "Granted by a court for 6 months", value = ProtectionApiExamples.ORDER_COURT)})))
    ResponseEntity<ProtectionOrder> record(@PathVariable long id, @RequestBody ProtectionOrderDetails details) {
        ProtectionOrder recorded = orders.record(id, details);
        return Versions.created(CaseApi.PATH + "/" + id + "/protection-orders/" + recorded.id(), recorded.version(),
                recorded);
    }

    @PutMapping("/{orderId}")
    @Operation(summary = "Replace an order's details, e.g. to record the decision",
            description = "If-Match is required (428 without it, 409 `stale-version` when changed since); 409 "
                    + "`order-revoked` once revoked. The same rules as on recording.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "Granted", value = ProtectionApiExamples.ORDER_GRANTED))))
    ResponseEntity<ProtectionOrder> replace(@PathVariable long id, @PathVariable long orderId,
                                            @RequestBody ProtectionOrderDetails details,
                                            @RequestHeader(name = Versions.IF_MATCH, required = false)
                                            @Nullable String ifMatch) {
        ProtectionOrder saved = orders.update(id, orderId, Versions.fromIfMatch(ifMatch, "casework"), details);
        return Versions.ok(saved.version(), saved);
    }

    @PostMapping("/{orderId}/revocation")
    @Operation(summary = "Revoke a granted order",
            description = "If-Match is required (428 without it, 409 `stale-version`). 409 `order-not-granted` for an "
                    + "order not granted, `order-revoked` when it already was. The reason is required.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "Revoked at her request", value = ProtectionApiExamples.REVOCATION))))
    ResponseEntity<ProtectionOrder> revoke(@PathVariable long id, @PathVariable long orderId,
                                           @RequestBody OrderRevocation revocation,
                                           @RequestHeader(name = Versions.IF_MATCH, required = false)
                                           @Nullable String ifMatch) {
        ProtectionOrder revoked = orders.revoke(id, orderId, Versions.fromIfMatch(ifMatch, "casework"), revocation);
        return Versions.ok(revoked.version(), revoked);
    }
}
