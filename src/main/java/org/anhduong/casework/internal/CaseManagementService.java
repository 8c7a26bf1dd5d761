package org.anhduong.casework.internal;

import org.anhduong.audit.AuditEvent;
import org.anhduong.casework.CaseChanges;
import org.anhduong.casework.CaseFile;
import org.anhduong.casework.CaseManagement;
import org.anhduong.casework.CasePage;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.CaseSearch;
import org.anhduong.casework.CaseSearchResult;
import org.anhduong.casework.Client;
import org.anhduong.casework.ClientDetails;
import org.anhduong.casework.ClientName;
import org.anhduong.casework.Companion;
import org.anhduong.casework.CompanionDetails;
import org.anhduong.casework.NewCase;
import org.anhduong.casework.OpenedCase;
import org.anhduong.casework.TeamMember;
import org.anhduong.hotline.Hotline;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Casework's entry point. Each operation runs in one read-write transaction ({@link CaseworkTransactions}); the work
 * lives in small collaborators, one per concern.
 */
@Service
class CaseManagementService implements CaseManagement {

    private final CaseOpening opening;
    private final CaseReading reading;
    private final CaseChanging changing;
    private final ClientChanging clientChanging;
    private final CaseSearching searching;
    private final CaseAccess access;
    private final Hotline hotline;
    private final CaseworkTransactions tx;

    CaseManagementService(CaseOpening opening, CaseReading reading, CaseChanging changing,
                          ClientChanging clientChanging, CaseSearching searching, CaseAccess access, Hotline hotline,
                          CaseworkTransactions tx) {
        this.opening = opening;
        this.reading = reading;
        this.changing = changing;
        this.clientChanging = clientChanging;
        this.searching = searching;
        this.access = access;
        this.hotline = hotline;
        this.tx = tx;
    }

    @Override
    public OpenedCase open(NewCase draft) {
        return tx.run(() -> opening.open(draft));
    }

    @Override
    public NewCase draftFromContact(long contactId) {
        return tx.run(() -> {
            access.opener(CaseOpening.CREATE, true);
            return ContactPrefill.of(hotline.find(contactId), ContactPrefill.roots(hotline.categories()));
        });
    }

    @Override
    public CaseFile find(long caseId) {
        return tx.run(() -> reading.find(caseId));
    }

    @Override
    public CaseRecord caseRecord(long caseId) {
        return tx.run(() -> reading.caseRecord(caseId));
    }

    @Override
    public CasePage myCases(int page, int size) {
        return tx.run(() -> reading.myCases(page, size));
    }

    @Override
    public CasePage teamCases(int page, int size) {
        return tx.run(() -> reading.teamCases(page, size));
    }

    @Override
    public CaseRecord update(long caseId, int version, CaseChanges changes) {
        return tx.run(() -> changing.update(caseId, version, changes));
    }

    @Override
    public Client client(long caseId) {
        return tx.run(() -> reading.client(caseId));
    }

    @Override
    public Client updateClient(long caseId, int version, ClientDetails details) {
        return tx.run(() -> clientChanging.update(caseId, version, details));
    }

    @Override
    public ClientName revealName(long caseId) {
        return tx.run(() -> reading.revealName(caseId));
    }

    @Override
    public List<Companion> companions(long caseId) {
        return tx.run(() -> reading.companions(caseId));
    }

    @Override
    public Companion addCompanion(long caseId, CompanionDetails details) {
        return tx.run(() -> clientChanging.addCompanion(caseId, details));
    }

    @Override
    public Companion updateCompanion(long caseId, long companionId, int version, CompanionDetails details) {
        return tx.run(() -> clientChanging.updateCompanion(caseId, companionId, version, details));
    }

    @Override
    public void removeCompanion(long caseId, long companionId, int version) {
        tx.run(() -> {
            clientChanging.removeCompanion(caseId, companionId, version);
            return null;
        });
    }

    @Override
    public CaseSearchResult search(CaseSearch search) {
        return tx.run(() -> searching.search(search));
    }

    @Override
    public List<AuditEvent> history(long caseId) {
        return tx.run(() -> reading.history(caseId));
    }

    @Override
    public List<TeamMember> assignableWorkers(long caseId) {
        return tx.run(() -> reading.assignableWorkers(caseId));
    }
}
