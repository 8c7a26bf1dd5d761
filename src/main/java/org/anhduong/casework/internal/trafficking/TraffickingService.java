package org.anhduong.casework.internal.trafficking;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.CaseType;
import org.anhduong.casework.IdentificationStep;
import org.anhduong.casework.NewIdentificationStep;
import org.anhduong.casework.Trafficking;
import org.anhduong.casework.TraffickingDetails;
import org.anhduong.casework.TraffickingRecord;
import org.anhduong.casework.internal.CaseAccess;
import org.anhduong.casework.internal.CaseworkTransactions;
import org.anhduong.casework.internal.FieldChecks;
import org.anhduong.casework.internal.handover.HandoverSummaries;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.Ui;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The trafficking record of trafficking cases (see {@link Trafficking}), for the case's team. */
@Service
class TraffickingService implements Trafficking {

    static final String CASE = "case";
    static final int MAX_NOTE = 4000;

    private final CaseAccess access;
    private final TraffickingStore store;
    private final AuditTrail audit;
    private final CaseworkTransactions tx;
    private final Clock clock;
    private final HandoverSummaries handovers;

    TraffickingService(CaseAccess access, TraffickingStore store, AuditTrail audit, CaseworkTransactions tx,
                       Clock clock, HandoverSummaries handovers) {
        this.access = access;
        this.store = store;
        this.handovers = handovers;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public TraffickingRecord find(long caseId) {
        return tx.run(() -> {
            trafficking(access.readable("trafficking.read", caseId));
            audit.record(AuditEntry.success("trafficking.read", CASE, caseId));
            return current(caseId);
        });
    }

    @Override
    public TraffickingRecord update(long caseId, int version, TraffickingDetails details) {
        return tx.run(() -> {
            UserPrincipal user = access.user("trafficking.update", caseId);
            trafficking(access.writable("trafficking.update", caseId));
            TraffickingRecord current = current(caseId);
            if (current.version() != version) {
                throw ConflictException.staleVersion();
            }
            TraffickingDetails valid = TraffickingRules.checked(current.details().status(), details, today());
            save(caseId, version, valid, user);
            audit.record(AuditEntry.success("trafficking.update", CASE, caseId));
            return current(caseId);
        });
    }

    @Override
    public IdentificationStep addStep(long caseId, NewIdentificationStep step) {
        return tx.run(() -> {
            UserPrincipal user = access.user("trafficking.step", caseId);
            trafficking(access.writable("trafficking.step", caseId));
            var checks = new FieldChecks();
            checks.required("kind", step.kind());
            LocalDate on = checks.required("takenOn", step.takenOn());
            TraffickingRules.notAfter(checks, "takenOn", on, today());
            String note = checks.text("note", step.note(), MAX_NOTE);
            checks.throwIfAny();
            long id = store.addStep(caseId, new NewIdentificationStep(step.kind(), step.takenOn(), note),
                    user.userId(), now());
            audit.record(AuditEntry.success("trafficking.step", CASE, caseId));
            return store.steps(caseId).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
        });
    }

    private void save(long caseId, int version, TraffickingDetails valid, UserPrincipal user) {
        if (version == 0) {
            try {
                store.insert(caseId, valid, user.userId(), now());
            } catch (DuplicateKeyException firstSavedBySomeoneElse) {
                throw ConflictException.staleVersion();
            }
        } else if (!store.update(caseId, version, valid, user.userId(), now())) {
            throw ConflictException.staleVersion();
        }
    }

    private TraffickingRecord current(long caseId) {
        var handovers = this.handovers.ofCase(caseId);
        return store.find(caseId, handovers).orElseGet(() -> new TraffickingRecord(caseId, 0,
                TraffickingDetails.reported(), store.steps(caseId), null, handovers));
    }

    private static void trafficking(CaseRecord found) {
        if (found.type() != CaseType.TRAFFICKING) {
            throw new ConflictException("not-trafficking", "casework.trafficking.notTrafficking");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Ui.ZONE));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
