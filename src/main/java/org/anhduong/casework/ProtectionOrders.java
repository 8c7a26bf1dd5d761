package org.anhduong.casework;

import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.NotFoundException;

import java.util.List;

/**
 * The prohibition-of-contact orders of a case (cấm tiếp xúc, Law 13/2022/QH15 Art. 23): who issued it, the request and
 * the decision (the 12-hour target), its span (at most 3 days from a commune chair), the perpetrator, who was notified
 * and its revocation. The status is derived ({@link OrderStatus}).
 *
 * <p><b>Who</b>: the case's team (see {@link CaseManagement}); others get {@link NotFoundException}, audited DENIED.
 * Changes need an open case ({@link ConflictException} {@code case-closed}).
 *
 * <p><b>Audit</b> (record type {@code case}): {@code protection.read}, {@code protection.create},
 * {@code protection.update}, {@code protection.revoke}.
 */
public interface ProtectionOrders {

    /** The case's orders, newest request first. */
    List<ProtectionOrder> list(long caseId);

    ProtectionOrder find(long caseId, long orderId);

    /**
     * Records an order (requested, or already decided).
     *
     * @throws InvalidInputException on a missing issuer or request time, a time in the future, a decision before the
     *                               request, an end before its start, a perpetrator not of the case; code
     *                               {@code protection-order-too-long} when a commune chair's order lasts over 3 days
     */
    ProtectionOrder record(long caseId, ProtectionOrderDetails details);

    /**
     * Replaces an order's details, e.g. to record the decision.
     *
     * @throws ConflictException {@code stale-version}; {@code order-revoked} once revoked
     */
    ProtectionOrder update(long caseId, long orderId, int version, ProtectionOrderDetails details);

    /**
     * Revokes a granted order.
     *
     * @throws ConflictException {@code stale-version}; {@code order-not-granted} when it was not granted;
     *                           {@code order-revoked} when it already was
     */
    ProtectionOrder revoke(long caseId, long orderId, int version, OrderRevocation revocation);
}
