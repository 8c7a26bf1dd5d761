package org.anhduong.casework.internal.incident;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.casework.CaseManagement;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.ClassificationAnswers;
import org.anhduong.casework.ClassificationStep;
import org.anhduong.casework.Client;
import org.anhduong.casework.Incident;
import org.anhduong.casework.IncidentContext;
import org.anhduong.casework.IncidentDetails;
import org.anhduong.casework.Incidents;
import org.anhduong.casework.internal.CaseAccess;
import org.anhduong.casework.internal.CaseworkTransactions;
import org.anhduong.casework.internal.rules.ClassifyIncident;
import org.anhduong.geography.Localities;
import org.anhduong.platform.security.CurrentUser;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.time.PartialDate;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.NotFoundException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The incidents of a case. Each operation is one casework transaction: the case's access check first (a refusal is
 * audited DENIED and committed), the work, then the audit event.
 */
@Service
class IncidentService implements Incidents {

    static final String READ = "incident.read";
    static final String CREATE = "incident.create";
    static final String UPDATE = "incident.update";
    static final String INCIDENT = "incident";
    private static final String CASE = "case";
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final CaseAccess access;
    private final CaseworkTransactions tx;
    private final StoredIncidents stored;
    private final CaseManagement cases;
    private final Localities localities;
    private final AuditTrail audit;
    private final Clock clock;

    IncidentService(CaseAccess access, CaseworkTransactions tx, StoredIncidents stored, CaseManagement cases,
                    Localities localities, AuditTrail audit, Clock clock) {
        this.access = access;
        this.tx = tx;
        this.stored = stored;
        this.cases = cases;
        this.localities = localities;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<Incident> list(long caseId) {
        return tx.run(() -> {
            CaseRecord found = access.readable(READ, caseId);
            List<StoredIncident> rows = stored.ofCase(caseId);
            IncidentFacts.Survivor survivor = survivor(found);
            audit.record(AuditEntry.success(READ, CASE, caseId));
            return rows.stream().map(row -> incident(row, survivor)).toList();
        });
    }

    @Override
    public Incident find(long caseId, long incidentId) {
        return tx.run(() -> {
            CaseRecord found = access.readable(READ, caseId);
            StoredIncident row = stored.find(caseId, incidentId).orElseThrow(() -> new NotFoundException(INCIDENT));
            Incident incident = incident(row, survivor(found));
            audit.record(AuditEntry.success(READ, INCIDENT, incidentId));
            return incident;
        });
    }

    @Override
    public Incident create(long caseId, IncidentDetails details) {
        return tx.run(() -> {
            CaseRecord found = access.writable(CREATE, caseId);
            ValidIncident valid = checks().check(details);
            long id = stored.insert(caseId, valid, user().userId(), now());
            audit.record(AuditEntry.success(CREATE, INCIDENT, id));
            return incident(stored.find(caseId, id).orElseThrow(), survivor(found));
        });
    }

    @Override
    public Incident update(long caseId, long incidentId, int version, IncidentDetails details) {
        return tx.run(() -> {
            CaseRecord found = access.writable(UPDATE, caseId);
            stored.find(caseId, incidentId).orElseThrow(() -> new NotFoundException(INCIDENT));
            ValidIncident valid = checks().check(details);
            if (!stored.update(caseId, incidentId, version, valid, now())) {
                throw ConflictException.staleVersion();
            }
            audit.record(AuditEntry.success(UPDATE, INCIDENT, incidentId));
            return incident(stored.find(caseId, incidentId).orElseThrow(), survivor(found));
        });
    }

    @Override
    public Set<IncidentContext> contextsOf(long caseId) {
        Set<IncidentContext> all = EnumSet.noneOf(IncidentContext.class);
        list(caseId).forEach(incident -> all.addAll(incident.derived().contexts()));
        return Collections.unmodifiableSet(all);
    }

    @Override
    public ClassificationStep classify(ClassificationAnswers answers) {
        return ClassifyIncident.decided(answers)
                .map(type -> new ClassificationStep(ClassifyIncident.helped(answers).answers(), null, type))
                .orElseGet(() -> new ClassificationStep(answers,
                        ClassifyIncident.nextQuestion(answers).orElseThrow(), null));
    }

    private IncidentChecks checks() {
        return new IncidentChecks(localities::exists, LocalDate.now(clock.withZone(ZONE)));
    }

    /** The client's birth or estimated age, through the case's own API (which audits the client read). */
    private IncidentFacts.Survivor survivor(CaseRecord found) {
        Client client = cases.client(found.id());
        return new IncidentFacts.Survivor(PartialDate.parseOrNull(client.details().dateOfBirth()),
                client.details().ageGroup(), found.type(), found.openedAt().atZone(ZONE).toLocalDate());
    }

    private Incident incident(StoredIncident row, IncidentFacts.Survivor survivor) {
        return IncidentViews.of(row, IncidentFacts.derive(row.incident(), survivor,
                row.createdAt().atZone(ZONE).toLocalDate()));
    }

    private UserPrincipal user() {
        return CurrentUser.get().orElseThrow();
    }

    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
