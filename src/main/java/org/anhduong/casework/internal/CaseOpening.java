package org.anhduong.casework.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditOutcome;
import org.anhduong.audit.AuditTrail;
import org.anhduong.casework.CaseAssigned;
import org.anhduong.casework.CaseOpened;
import org.anhduong.casework.Client;
import org.anhduong.casework.NewCase;
import org.anhduong.casework.OpenedCase;
import org.anhduong.casework.PossibleDuplicateException;
import org.anhduong.casework.internal.NewCaseRules.ValidCase;
import org.anhduong.casework.internal.NewCaseRules.ValidCompanion;
import org.anhduong.geography.Localities;
import org.anhduong.hotline.Hotline;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.Ui;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Opens cases: checks, warns of possible duplicates, numbers, stores the client (or takes an existing one the user may
 * read), case and companions, links the hotline contacts both ways, audits and publishes. A case worker who opens a case is its worker, a supervisor its
 * supervisor; a counsellor's case is an unassigned intake for the organisation's supervisors.
 */
@Component
class CaseOpening {

    static final String CREATE = "case.create";
    static final String ATTACH = "client.attach";

    private final CaseAccess access;
    private final Cases cases;
    private final Clients clients;
    private final Companions companions;
    private final Duplicates duplicates;
    private final Numbering numbering;
    private final Localities localities;
    private final Hotline hotline;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseOpening(CaseAccess access, Cases cases, Clients clients, Companions companions, Duplicates duplicates,
                Numbering numbering, Localities localities, Hotline hotline, AuditTrail audit,
                ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.cases = cases;
        this.clients = clients;
        this.companions = companions;
        this.duplicates = duplicates;
        this.numbering = numbering;
        this.localities = localities;
        this.hotline = hotline;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    OpenedCase open(NewCase draft) {
        boolean fromContact = draft.contactIds() != null && !draft.contactIds().isEmpty();
        UserPrincipal user = access.opener(CREATE, fromContact);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Ui.ZONE);
        ValidCase valid = NewCaseRules.check(draft, today, localities::exists);
        if (draft.clientId() != null) {
            Client known = knownClient(user, draft.clientId());
            audit.record(AuditEntry.success(ATTACH, CaseReading.CLIENT, known.id()));
            String commune = valid.communeCode() != null ? valid.communeCode() : known.details().communeCode();
            return store(user, valid, known.id(), known.survivorCode(), commune, now, today);
        }
        if (!Boolean.TRUE.equals(draft.confirmNoDuplicate())) {
            var verdict = DuplicateRule.verdict(duplicates.matches(duplicates.keysOf(valid.client())), user);
            if (verdict.found()) {
                throw new PossibleDuplicateException(verdict.clients(), verdict.elsewhere());
            }
        }
        long org = user.organisationId();
        String survivorCode = numbering.nextSurvivorCode(org, today);
        long clientId = clients.insert(valid.client(), survivorCode, org, user.userId(), now);
        audit.record(AuditEntry.success("client.create", CaseReading.CLIENT, clientId));
        return store(user, valid, clientId, survivorCode, valid.communeCode(), now, today);
    }

    /**
     * An existing client the user may open another case for: one of her cases is on the user's team. Any other is
     * "not found", as a case would be, and the attempt is audited.
     */
    private Client knownClient(UserPrincipal user, long clientId) {
        boolean readable = duplicates.casesOf(clientId).stream().anyMatch(m -> m.readableBy(user));
        if (!readable) {
            audit.record(AuditEntry.of(ATTACH, CaseReading.CLIENT, clientId, AuditOutcome.DENIED));
            throw new CaseHidden(CaseReading.CLIENT);
        }
        return clients.find(clientId).orElseThrow();
    }

    private OpenedCase store(UserPrincipal user, ValidCase valid, long clientId, String survivorCode,
                             @Nullable String communeCode, Instant now, LocalDate today) {
        long org = user.organisationId();
        Long worker = user.hasRole(Roles.CASE_WORKER) ? user.userId() : null;
        Long supervisor = worker == null && user.hasRole(Roles.SUPERVISOR) ? user.userId() : null;
        String number = numbering.nextCaseNumber(org, today);
        long caseId = cases.insert(new Cases.NewRow(number, clientId, org, valid.type(), valid.source(),
                valid.referringReference(), valid.priority(), communeCode, worker, supervisor, user.userId(), now));
        for (ValidCompanion companion : valid.companions()) {
            companions.insert(caseId, companion.details(), companion.birth(), user.userId(), now);
        }
        for (long contactId : valid.contactIds()) {
            cases.linkContact(caseId, contactId, user.userId(), now);
            hotline.linkToCase(contactId, number);
        }
        audit.record(AuditEntry.success(CREATE, CaseAccess.CASE, caseId));
        events.publishEvent(new CaseOpened(caseId, number, org, valid.type(), valid.source(), user.userId(), now));
        if (worker != null || supervisor != null) {
            events.publishEvent(new CaseAssigned(caseId, org, worker, supervisor, user.userId()));
        }
        return new OpenedCase(caseId, number, survivorCode, 0, NeedToKnow.onTeam(user, org, worker, supervisor));
    }
}
