package org.anhduong.casework.internal.handover;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.casework.CaseHandedOver;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.CaseType;
import org.anhduong.casework.Handover;
import org.anhduong.casework.HandoverCounts;
import org.anhduong.casework.HandoverDetails;
import org.anhduong.casework.HandoverVisit;
import org.anhduong.casework.Handovers;
import org.anhduong.casework.NewHandoverVisit;
import org.anhduong.casework.internal.CaseAccess;
import org.anhduong.casework.internal.CaseworkTransactions;
import org.anhduong.casework.internal.FigureScope;
import org.anhduong.geography.Localities;
import org.anhduong.identity.UserDirectory;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.NotFoundException;
import org.anhduong.platform.web.Ui;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Hand-overs of a case and their follow-up visits, for the case's team (see {@link Handovers}). */
@Service
class HandoverService implements Handovers {

    private static final String CASE = "case";

    private final CaseAccess access;
    private final HandoverStore store;
    private final HandoverQueries queries;
    private final HandoverCounting counting;
    private final Localities localities;
    private final UserDirectory directory;
    private final AuditTrail audit;
    private final CaseworkTransactions tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HandoverService(CaseAccess access, HandoverStore store, HandoverQueries queries, HandoverCounting counting,
                    Localities localities, UserDirectory directory, AuditTrail audit, CaseworkTransactions tx,
                    ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.store = store;
        this.queries = queries;
        this.counting = counting;
        this.localities = localities;
        this.directory = directory;
        this.audit = audit;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<Handover> list(long caseId) {
        return tx.run(() -> {
            access.readable("handover.read", caseId);
            audit.record(AuditEntry.success("handover.read", CASE, caseId));
            return store.ofCase(caseId);
        });
    }

    @Override
    public Handover find(long caseId, long handoverId) {
        return tx.run(() -> {
            access.readable("handover.read", caseId);
            Handover found = existing(caseId, handoverId);
            audit.record(AuditEntry.success("handover.read", CASE, caseId));
            return found;
        });
    }

    @Override
    public Handover record(long caseId, HandoverDetails details) {
        return tx.run(() -> {
            UserPrincipal user = access.user("handover.create", caseId);
            CaseRecord found = access.writable("handover.create", caseId);
            HandoverDetails valid = checked(found, details);
            Instant now = now();
            long id = store.insert(caseId, valid, user.userId(), now);
            audit.record(AuditEntry.success("handover.create", CASE, caseId));
            events.publishEvent(new CaseHandedOver(caseId, found.organisationId(), id, found.type(), valid.to(),
                    valid.handedOverOn(), user.userId(), now));
            return existing(caseId, id);
        });
    }

    @Override
    public Handover update(long caseId, long handoverId, int version, HandoverDetails details) {
        return tx.run(() -> {
            UserPrincipal user = access.user("handover.update", caseId);
            CaseRecord found = access.writable("handover.update", caseId);
            Handover current = existing(caseId, handoverId);
            if (current.version() != version) {
                throw ConflictException.staleVersion();
            }
            HandoverDetails valid = checked(found, details);
            if (!store.update(caseId, handoverId, version, valid, user.userId(), now())) {
                throw ConflictException.staleVersion();
            }
            audit.record(AuditEntry.success("handover.update", CASE, caseId));
            return existing(caseId, handoverId);
        });
    }

    @Override
    public HandoverVisit addVisit(long caseId, long handoverId, NewHandoverVisit visit) {
        return tx.run(() -> {
            UserPrincipal user = access.user("handover.visit", caseId);
            access.writable("handover.visit", caseId);
            Handover handover = existing(caseId, handoverId);
            NewHandoverVisit valid = HandoverRules.checked(visit, handover.details().handedOverOn(), today());
            long id = store.addVisit(handoverId, valid, user.userId(), now());
            audit.record(AuditEntry.success("handover.visit", CASE, caseId));
            return existing(caseId, handoverId).visits().stream().filter(v -> v.id() == id).findFirst().orElseThrow();
        });
    }

    @Override
    public HandoverCounts traffickingCounts(LocalDate from, LocalDate to) {
        return counting.traffickingCounts(from, to, FigureScope.all());
    }


    private HandoverDetails checked(CaseRecord found, HandoverDetails details) {
        var trafficking = found.type() == CaseType.TRAFFICKING ? queries.trafficking(found.id()) : null;
        return HandoverRules.checked(details, trafficking, today(), localities::exists,
                id -> directory.findOrganisation(id).filter(o -> o.active()).isPresent());
    }

    private Handover existing(long caseId, long handoverId) {
        return store.find(caseId, handoverId).orElseThrow(() -> new NotFoundException("handover"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Ui.ZONE));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
