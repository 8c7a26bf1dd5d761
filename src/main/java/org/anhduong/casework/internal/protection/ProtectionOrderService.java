package org.anhduong.casework.internal.protection;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.casework.OrderDecision;
import org.anhduong.casework.OrderRevocation;
import org.anhduong.casework.ProtectionOrder;
import org.anhduong.casework.ProtectionOrderDetails;
import org.anhduong.casework.ProtectionOrders;
import org.anhduong.casework.internal.CaseAccess;
import org.anhduong.casework.internal.CaseworkTransactions;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.NotFoundException;
import org.anhduong.platform.web.Ui;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The prohibition-of-contact orders of a case, for its team (see {@link ProtectionOrders}). */
@Service
class ProtectionOrderService implements ProtectionOrders {

    private static final String CASE = "case";

    private final CaseAccess access;
    private final ProtectionOrderStore store;
    private final AuditTrail audit;
    private final CaseworkTransactions tx;
    private final Clock clock;

    ProtectionOrderService(CaseAccess access, ProtectionOrderStore store, AuditTrail audit, CaseworkTransactions tx,
                           Clock clock) {
        this.access = access;
        this.store = store;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public List<ProtectionOrder> list(long caseId) {
        return tx.run(() -> {
            access.readable("protection.read", caseId);
            audit.record(AuditEntry.success("protection.read", CASE, caseId));
            Instant now = clock.instant();
            return store.ofCase(caseId).stream().map(o -> derived(o, now)).toList();
        });
    }

    @Override
    public ProtectionOrder find(long caseId, long orderId) {
        return tx.run(() -> {
            access.readable("protection.read", caseId);
            ProtectionOrder found = current(caseId, orderId);
            audit.record(AuditEntry.success("protection.read", CASE, caseId));
            return found;
        });
    }

    @Override
    public ProtectionOrder record(long caseId, ProtectionOrderDetails details) {
        return tx.run(() -> {
            UserPrincipal user = access.user("protection.create", caseId);
            access.writable("protection.create", caseId);
            ProtectionOrderDetails valid = checked(caseId, details);
            long id = store.insert(caseId, valid, user.userId(), now());
            audit.record(AuditEntry.success("protection.create", CASE, caseId));
            return current(caseId, id);
        });
    }

    @Override
    public ProtectionOrder update(long caseId, long orderId, int version, ProtectionOrderDetails details) {
        return tx.run(() -> {
            UserPrincipal user = access.user("protection.update", caseId);
            access.writable("protection.update", caseId);
            ProtectionOrder current = current(caseId, orderId);
            if (current.revocation() != null) {
                throw new ConflictException("order-revoked", "casework.protection.alreadyRevoked");
            }
            if (current.version() != version) {
                throw ConflictException.staleVersion();
            }
            ProtectionOrderDetails valid = checked(caseId, details);
            if (!store.update(caseId, orderId, version, valid, user.userId(), now())) {
                throw ConflictException.staleVersion();
            }
            audit.record(AuditEntry.success("protection.update", CASE, caseId));
            return current(caseId, orderId);
        });
    }

    @Override
    public ProtectionOrder revoke(long caseId, long orderId, int version, OrderRevocation revocation) {
        return tx.run(() -> {
            UserPrincipal user = access.user("protection.revoke", caseId);
            access.writable("protection.revoke", caseId);
            ProtectionOrder current = current(caseId, orderId);
            if (current.revocation() != null) {
                throw new ConflictException("order-revoked", "casework.protection.alreadyRevoked");
            }
            if (current.details().decision() != OrderDecision.GRANTED) {
                throw new ConflictException("order-not-granted", "casework.protection.notGranted");
            }
            if (current.version() != version) {
                throw ConflictException.staleVersion();
            }
            Instant decidedAt = current.details().decidedAt();
            OrderRevocation valid = ProtectionOrderRules.checked(revocation, decidedAt, today(),
                    decidedAt == null ? today() : LocalDate.ofInstant(decidedAt, Ui.ZONE));
            if (!store.revoke(caseId, orderId, version, valid, user.userId(), now())) {
                throw ConflictException.staleVersion();
            }
            audit.record(AuditEntry.success("protection.revoke", CASE, caseId));
            return current(caseId, orderId);
        });
    }

    private ProtectionOrderDetails checked(long caseId, ProtectionOrderDetails details) {
        return ProtectionOrderRules.checked(details, clock.instant(), id -> store.perpetratorOf(caseId, id));
    }

    private ProtectionOrder current(long caseId, long orderId) {
        return store.find(caseId, orderId).map(o -> derived(o, clock.instant()))
                .orElseThrow(() -> new NotFoundException("protection-order"));
    }

    private static ProtectionOrder derived(ProtectionOrderStore.Stored o, Instant now) {
        var revokedOn = o.revocation() == null ? null : o.revocation().revokedOn();
        return new ProtectionOrder(o.id(), o.caseId(), o.version(), o.details(),
                ProtectionOrderRules.status(o.details(), revokedOn, now), ProtectionOrderRules.target(o.details(), now),
                o.revocation(), o.recordedBy(), o.recordedAt(), o.updatedAt());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Ui.ZONE));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
