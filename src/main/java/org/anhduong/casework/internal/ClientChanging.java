package org.anhduong.casework.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.Client;
import org.anhduong.casework.ClientDetails;
import org.anhduong.casework.ClientName;
import org.anhduong.casework.Companion;
import org.anhduong.casework.CompanionDetails;
import org.anhduong.geography.Localities;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.NotFoundException;
import org.anhduong.platform.web.Ui;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** Changes a case's client and its companions, for the case's team. */
@Component
class ClientChanging {

    private static final String COMPANION = "companion";

    private final CaseAccess access;
    private final Clients clients;
    private final Companions companions;
    private final Localities localities;
    private final AuditTrail audit;
    private final Clock clock;

    ClientChanging(CaseAccess access, Clients clients, Companions companions, Localities localities, AuditTrail audit,
                   Clock clock) {
        this.access = access;
        this.clients = clients;
        this.companions = companions;
        this.localities = localities;
        this.audit = audit;
        this.clock = clock;
    }

    Client update(long caseId, int version, ClientDetails given) {
        CaseRecord found = access.writable("client.update", caseId);
        Instant now = clock.instant();
        ClientName stored = clients.name(found.clientId()).orElseThrow();
        // Names are not sent to clients unless revealed, so a missing name means "as stored"; an empty one removes it.
        ClientDetails details = given
                .withFullName(given.fullName() == null ? stored.fullName() : given.fullName())
                .withOtherNames(given.otherNames() == null ? stored.otherNames() : given.otherNames());
        var checks = new FieldChecks();
        ValidClient valid = ClientRules.check(details, "", LocalDate.ofInstant(now, Ui.ZONE), localities::exists, checks);
        checks.throwIfAny();
        if (!clients.update(found.clientId(), version, valid, now)) {
            throw ConflictException.staleVersion();
        }
        audit.record(AuditEntry.success("client.update", CaseReading.CLIENT, found.clientId()));
        return clients.find(found.clientId()).orElseThrow();
    }

    Companion addCompanion(long caseId, CompanionDetails given) {
        UserPrincipal user = access.user("companion.create", caseId);
        access.writable(user, "companion.create", caseId);
        Instant now = clock.instant();
        var checks = new FieldChecks();
        var valid = NewCaseRules.companion(given, "", LocalDate.ofInstant(now, Ui.ZONE), checks);
        checks.throwIfAny();
        long id = companions.insert(caseId, valid.details(), valid.birth(), user.userId(), now);
        audit.record(AuditEntry.success("companion.create", COMPANION, id));
        return companions.ofCase(caseId).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    Companion updateCompanion(long caseId, long companionId, int version, CompanionDetails given) {
        access.writable("companion.update", caseId);
        Instant now = clock.instant();
        var checks = new FieldChecks();
        var valid = NewCaseRules.companion(given, "", LocalDate.ofInstant(now, Ui.ZONE), checks);
        checks.throwIfAny();
        if (!companions.update(caseId, companionId, version, valid.details(), valid.birth(), now)) {
            throw missingOrStale(caseId, companionId);
        }
        audit.record(AuditEntry.success("companion.update", COMPANION, companionId));
        return companions.ofCase(caseId).stream().filter(c -> c.id() == companionId).findFirst().orElseThrow();
    }

    void removeCompanion(long caseId, long companionId, int version) {
        UserPrincipal user = access.user("companion.remove", caseId);
        access.writable(user, "companion.remove", caseId);
        if (!companions.remove(caseId, companionId, version, user.userId(), clock.instant())) {
            throw missingOrStale(caseId, companionId);
        }
        audit.record(AuditEntry.success("companion.remove", COMPANION, companionId));
    }

    /** Why a guarded change of a companion touched no row: she is not (or no longer) listed, or changed meanwhile. */
    private RuntimeException missingOrStale(long caseId, long companionId) {
        return companions.listed(caseId, companionId) ? ConflictException.staleVersion()
                : new NotFoundException(COMPANION);
    }
}
