package org.anhduong.casework.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.casework.CaseSearch;
import org.anhduong.casework.CaseSearchResult;
import org.anhduong.casework.CaseSearchResult.Elsewhere;
import org.anhduong.casework.CaseSummary;
import org.anhduong.identity.UserDirectory;
import org.anhduong.platform.crypto.BlindIndex;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.security.UserPrincipal;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Searches cases for case workers, supervisors and counsellors: the cases they may read, and for the rest only the
 * organisations that hold them (counsellors, who are on no team, learn only that).
 */
@Component
class CaseSearching {

    static final String SEARCH = "case.search";
    private static final int SCAN_LIMIT = 500;

    private final CaseAccess access;
    private final Cases cases;
    private final BlindIndex index;
    private final UserDirectory directory;
    private final AuditTrail audit;

    CaseSearching(CaseAccess access, Cases cases, BlindIndex index, UserDirectory directory, AuditTrail audit) {
        this.access = access;
        this.cases = cases;
        this.index = index;
        this.directory = directory;
        this.audit = audit;
    }

    CaseSearchResult search(CaseSearch search) {
        UserPrincipal user = access.user(SEARCH, null);
        if (!NeedToKnow.worksCases(user) && !user.hasRole(Roles.HOTLINE_COUNSELLOR)) {
            throw access.refuse(SEARCH, null);
        }
        SearchSql sql = SearchSql.of(search, index);
        List<Cases.Team> found = cases.teams(sql.where(), sql.params(), SCAN_LIMIT);
        List<Long> readable = found.stream()
                .filter(t -> NeedToKnow.onTeam(user, t.organisationId(), t.workerId(), t.supervisorId()))
                .map(Cases.Team::caseId).limit(CaseSearchResult.LIMIT).toList();
        List<Elsewhere> elsewhere = found.stream()
                .filter(t -> !NeedToKnow.onTeam(user, t.organisationId(), t.workerId(), t.supervisorId()))
                .map(Cases.Team::organisationId).distinct()
                .map(org -> new Elsewhere(org, directory.findOrganisation(org).map(o -> o.name()).orElse("#" + org)))
                .toList();
        List<CaseSummary> visible = readable.isEmpty() ? List.of()
                : cases.summaries("c.id IN (:ids)", Map.of("ids", readable), "c.opened_at DESC, c.id DESC", 0,
                CaseSearchResult.LIMIT);
        audit.record(AuditEntry.success(SEARCH, CaseAccess.CASE, null));
        return new CaseSearchResult(visible, elsewhere);
    }
}
