package org.anhduong.casework.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditEvent;
import org.anhduong.audit.AuditEvents;
import org.anhduong.audit.AuditQuery;
import org.anhduong.audit.AuditSearch;
import org.anhduong.audit.AuditTrail;
import org.anhduong.casework.CaseFile;
import org.anhduong.casework.CasePage;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.Client;
import org.anhduong.casework.ClientName;
import org.anhduong.casework.Companion;
import org.anhduong.casework.TeamMember;
import org.anhduong.identity.UserDirectory;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reading cases, clients and companions for their team; every read is audited. */
@Component
class CaseReading {

    static final String READ = "case.read";
    static final String LIST = "case.list";
    static final String CLIENT = "client";
    static final int MAX_PAGE_SIZE = 100;

    private final CaseAccess access;
    private final Cases cases;
    private final Clients clients;
    private final Companions companions;
    private final UserDirectory directory;
    private final AuditTrail audit;
    private final AuditSearch auditSearch;

    CaseReading(CaseAccess access, Cases cases, Clients clients, Companions companions, UserDirectory directory,
                AuditTrail audit, AuditSearch auditSearch) {
        this.access = access;
        this.cases = cases;
        this.clients = clients;
        this.companions = companions;
        this.directory = directory;
        this.audit = audit;
        this.auditSearch = auditSearch;
    }

    CaseFile find(long caseId) {
        CaseRecord found = access.readable(READ, caseId);
        Client client = clients.find(found.clientId()).orElseThrow();
        audit.record(AuditEntry.success(READ, CaseAccess.CASE, caseId));
        audit.record(AuditEntry.success("client.read", CLIENT, client.id()));
        Map<Long, TeamMember> team = team(found.assignedWorkerId(), found.supervisorId());
        return new CaseFile(found, client, companions.ofCase(caseId), member(team, found.assignedWorkerId()),
                member(team, found.supervisorId()));
    }

    CaseRecord caseRecord(long caseId) {
        CaseRecord found = access.readable(READ, caseId);
        audit.record(AuditEntry.success(READ, CaseAccess.CASE, caseId));
        return found;
    }

    Client client(long caseId) {
        CaseRecord found = access.readable("client.read", caseId);
        audit.record(AuditEntry.success("client.read", CLIENT, found.clientId()));
        return clients.find(found.clientId()).orElseThrow();
    }

    ClientName revealName(long caseId) {
        CaseRecord found = access.readable("client.revealName", caseId);
        audit.record(AuditEntry.success("client.revealName", CLIENT, found.clientId()));
        return clients.name(found.clientId()).orElseThrow();
    }

    List<Companion> companions(long caseId) {
        access.readable(READ, caseId);
        audit.record(AuditEntry.success("companion.list", CaseAccess.CASE, caseId));
        return companions.ofCase(caseId);
    }

    CasePage myCases(int page, int size) {
        UserPrincipal user = access.caseworker(LIST, null);
        return page("c.assigned_worker_id = :user", Map.of("user", user.userId()),
                "c.opened_at DESC, c.id DESC", page, size);
    }

    CasePage teamCases(int page, int size) {
        UserPrincipal user = access.caseworker(LIST, null);
        if (!user.hasRole(Roles.SUPERVISOR)) {
            throw access.refuse(LIST, null);
        }
        return page("c.organisation_id = :org", Map.of("org", user.organisationId()),
                "CASE WHEN c.assigned_worker_id IS NULL THEN 0 ELSE 1 END, c.opened_at DESC, c.id DESC", page, size);
    }

    /** The case's and its client's audit events, newest first, at most one audit page. */
    List<AuditEvent> history(long caseId) {
        CaseRecord found = access.readable("case.history", caseId);
        return Stream.concat(events(CaseAccess.CASE, caseId).stream(), events(CLIENT, found.clientId()).stream())
                .sorted(Comparator.comparingLong(AuditEvent::id).reversed())
                .limit(AuditEvents.PAGE_SIZE).toList();
    }

    List<TeamMember> assignableWorkers(long caseId) {
        CaseRecord found = access.readable("case.team", caseId);
        return directory.activeUserNamesWithRole(found.organisationId(), Roles.CASE_WORKER).stream()
                .map(u -> new TeamMember(u.id(), u.fullName())).toList();
    }

    private List<AuditEvent> events(String recordType, long id) {
        return auditSearch.search(new AuditQuery(null, null, recordType, Long.toString(id), null, null, null, null, 1))
                .items();
    }

    private CasePage page(String where, Map<String, ?> params, String order, int page, int size) {
        if (page < 1) {
            throw new InvalidInputException("page", "casework.page.invalid");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "casework.size.invalid", MAX_PAGE_SIZE);
        }
        var items = cases.summaries(where, params, order, (page - 1) * size, size);
        audit.record(AuditEntry.success(LIST, CaseAccess.CASE, null));
        return new CasePage(items, page, size, cases.count(where, params));
    }

    /** The case's worker and supervisor, looked up together: the case file is read on every tab. */
    private Map<Long, TeamMember> team(@Nullable Long workerId, @Nullable Long supervisorId) {
        List<Long> ids = Stream.of(workerId, supervisorId).filter(Objects::nonNull).distinct().toList();
        return ids.isEmpty() ? Map.of() : directory.fullNames(ids).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new TeamMember(e.getKey(), e.getValue())));
    }

    private static @Nullable TeamMember member(Map<Long, TeamMember> team, @Nullable Long userId) {
        return userId == null ? null : team.get(userId);
    }
}
