package org.anhduong.casework.internal.transfer;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditOutcome;
import org.anhduong.audit.AuditTrail;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.CaseTransfers;
import org.anhduong.casework.ConsentDecision;
import org.anhduong.casework.ConsentRequiredException;
import org.anhduong.casework.IncomingTransfer;
import org.anhduong.casework.Transfer;
import org.anhduong.casework.TransferRequest;
import org.anhduong.casework.TransferState;
import org.anhduong.casework.internal.CaseAccess;
import org.anhduong.casework.internal.CaseworkTransactions;
import org.anhduong.casework.internal.closure.Notes;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.NotFoundException;
import org.springframework.stereotype.Service;

import java.util.List;

/** Transfers between organisations (see {@link CaseTransfers}); each operation in one casework transaction. */
@Service
class TransferService implements CaseTransfers {

    static final String CASE = "case";
    static final String REQUEST = "transfer.request";

    private final CaseAccess access;
    private final TransferSteps steps;
    private final TransferStore store;
    private final AuditTrail audit;
    private final CaseworkTransactions tx;

    TransferService(CaseAccess access, TransferSteps steps, TransferStore store, AuditTrail audit,
                    CaseworkTransactions tx) {
        this.access = access;
        this.steps = steps;
        this.store = store;
        this.audit = audit;
        this.tx = tx;
    }

    @Override
    public Transfer request(long caseId, TransferRequest request) {
        // A transfer refused for want of consent is audited DENIED, so the refusal must commit before it is thrown.
        Object result = tx.run(() -> {
            UserPrincipal user = access.user(REQUEST, caseId);
            CaseRecord found = access.writable(REQUEST, caseId);
            String reason = steps.checked(found, request);
            ConsentDecision consent = steps.consent(found, request.toOrganisationId());
            if (!consent.allowed()) {
                audit.record(AuditEntry.of(REQUEST, CASE, caseId, AuditOutcome.DENIED));
                return consent.reason();
            }
            return steps.request(user, found, request.toOrganisationId(), reason, consent);
        });
        if (result instanceof ConsentDecision.Reason reason) {
            throw new ConsentRequiredException(reason);
        }
        return (Transfer) result;
    }

    @Override
    public List<Transfer> ofCase(long caseId) {
        return tx.run(() -> {
            access.readable("transfer.read", caseId);
            audit.record(AuditEntry.success("transfer.read", CASE, caseId));
            return store.ofCase(caseId);
        });
    }

    @Override
    public Transfer withdraw(long caseId, long transferId) {
        return tx.run(() -> {
            UserPrincipal user = access.user("transfer.withdraw", caseId);
            access.readable("transfer.withdraw", caseId);
            Transfer transfer = store.find(transferId).filter(t -> t.caseId() == caseId)
                    .orElseThrow(() -> new NotFoundException("transfer"));
            return steps.decide(user, transfer, TransferState.WITHDRAWN, null);
        });
    }

    @Override
    public List<IncomingTransfer> incoming() {
        return tx.run(() -> {
            UserPrincipal user = supervisor("transfer.incoming", null);
            audit.record(AuditEntry.success("transfer.incoming", CASE, null));
            return store.incoming(user.organisationId());
        });
    }

    @Override
    public long accept(long transferId) {
        return tx.run(() -> {
            Transfer transfer = addressed("transfer.accept", transferId);
            UserPrincipal user = access.user("transfer.accept", transfer.caseId());
            steps.decide(user, transfer, TransferState.ACCEPTED, null);
            return transfer.caseId();
        });
    }

    @Override
    public Transfer decline(long transferId, String note) {
        return tx.run(() -> {
            Transfer transfer = addressed("transfer.decline", transferId);
            UserPrincipal user = access.user("transfer.decline", transfer.caseId());
            return steps.decide(user, transfer, TransferState.DECLINED, Notes.required("note", note));
        });
    }

    /** The transfer, when it is addressed to the signed-in supervisor's organisation. */
    private Transfer addressed(String action, long transferId) {
        UserPrincipal user = supervisor(action, null);
        Transfer transfer = store.find(transferId).orElseThrow(() -> new NotFoundException("transfer"));
        if (transfer.toOrganisationId() != user.organisationId()) {
            throw access.refuse(action, transfer.caseId());
        }
        return transfer;
    }

    private UserPrincipal supervisor(String action, Long caseId) {
        UserPrincipal user = access.caseworker(action, caseId);
        if (!user.hasRole(Roles.SUPERVISOR)) {
            throw access.refuse(action, caseId);
        }
        return user;
    }
}
