package org.anhduong.casework.web;

import org.anhduong.casework.CaseClosure;
import org.anhduong.casework.CaseManagement;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.CaseStatus;
import org.anhduong.casework.CaseTransfers;
import org.anhduong.casework.Closure;
import org.anhduong.casework.ClosureReason;
import org.anhduong.casework.ClosureState;
import org.anhduong.casework.Transfer;
import org.anhduong.casework.TransferState;
import org.anhduong.identity.Organisation;
import org.anhduong.identity.UserDirectory;
import org.anhduong.platform.security.CurrentUser;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the closure and transfer tab; every build reads the case, its closures and transfers (audited). */
@Component
class ClosurePages {

    private final CaseManagement cases;
    private final CaseClosure closure;
    private final CaseTransfers transfers;
    private final CaseFileHeaders headers;
    private final UserDirectory directory;
    private final Labels labels;

    ClosurePages(CaseManagement cases, CaseClosure closure, CaseTransfers transfers, CaseFileHeaders headers,
                 UserDirectory directory, Labels labels) {
        this.cases = cases;
        this.closure = closure;
        this.transfers = transfers;
        this.headers = headers;
        this.directory = directory;
        this.labels = labels;
    }

    ClosurePage page(long id, List<FieldProblem> problems, @Nullable String errorKey, @Nullable String noticeKey) {
        CaseRecord found = cases.caseRecord(id);
        List<Closure> closures = closure.history(id);
        List<Transfer> moves = transfers.ofCase(id);
        Map<Long, String> names = directory.activeOrganisations().stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
        var rows = closures.stream().map(this::row).toList();
        var transferRows = moves.stream().map(t -> transferRow(t, names)).toList();
        Closure pending = closures.stream().filter(c -> c.state() == ClosureState.PENDING).findFirst().orElse(null);
        var pendingTransfer = transferRows.stream().filter(t -> moves.stream()
                .anyMatch(m -> m.id() == t.id() && m.state() == TransferState.PENDING)).findFirst().orElse(null);
        boolean open = found.status() != CaseStatus.CLOSED;
        var organisations = directory.activeOrganisations().stream().filter(o -> o.id() != found.organisationId())
                .map(o -> new Choice(Long.toString(o.id()), o.name())).toList();
        return new ClosurePage(headers.of(found, ClosureScreens.TAB), mode(found, pending), pending == null ? null : row(pending),
                pending != null && mayWithdraw(found, pending), pendingTransfer, open && pending == null && pendingTransfer == null, rows, transferRows,
                labels.choices(ClosureReason.class), organisations,
                FormErrors.of(problems, field -> field, p -> labels.text(p.messageKey(), p.args())),
                errorKey == null ? null : labels.text(errorKey), noticeKey);
    }

    /** Mirrors the service's rule, only to offer the button; the service decides. */
    private static boolean mayWithdraw(CaseRecord found, Closure pending) {
        return supervises(found) || CurrentUser.get().filter(u -> u.userId() == pending.requestedBy()).isPresent();
    }

    private static boolean supervises(CaseRecord found) {
        return CurrentUser.get()
                .filter(u -> u.hasRole(Roles.SUPERVISOR) && u.organisationId() == found.organisationId()).isPresent();
    }

    private String mode(CaseRecord found, @Nullable Closure pending) {
        boolean supervises = supervises(found);
        if (found.status() == CaseStatus.CLOSED) {
            return "REOPEN";
        }
        if (pending != null) {
            return supervises ? "DECIDE" : "WAIT";
        }
        return supervises || !closure.needsApproval() ? "CLOSE" : "REQUEST";
    }

    private ClosurePage.Row row(Closure c) {
        return new ClosurePage.Row(labels.of(c.state()), labels.of(c.reason()), c.outcome(), c.requestedAt(),
                c.decidedAt(), c.sendBackNote(), c.reopenReason());
    }

    private ClosurePage.TransferRow transferRow(Transfer t, Map<Long, String> names) {
        return new ClosurePage.TransferRow(t.id(), names.getOrDefault(t.toOrganisationId(), "#" + t.toOrganisationId()),
                labels.of(t.state()), t.reason(), t.requestedAt(), t.declineNote());
    }
}
