package org.anhduong.casework.internal.work;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.casework.CaseNote;
import org.anhduong.casework.CaseNotes;
import org.anhduong.casework.NewNote;
import org.anhduong.casework.internal.CaseAccess;
import org.anhduong.casework.internal.CaseworkTransactions;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Append-only notes of a case, for its team. */
@Service
class NoteService implements CaseNotes {

    static final String READ = "note.read";
    static final String CREATE = "note.create";

    private final CaseAccess access;
    private final StoredNotes stored;
    private final AuditTrail audit;
    private final CaseworkTransactions tx;
    private final Clock clock;

    NoteService(CaseAccess access, StoredNotes stored, AuditTrail audit, CaseworkTransactions tx, Clock clock) {
        this.access = access;
        this.stored = stored;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public List<CaseNote> of(long caseId) {
        return tx.run(() -> {
            access.readable(READ, caseId);
            audit.record(AuditEntry.success(READ, AuditNames.CASE, caseId));
            return stored.ofCase(caseId);
        });
    }

    @Override
    public CaseNote write(long caseId, NewNote note) {
        return tx.run(() -> {
            UserPrincipal user = access.caseworker(CREATE, caseId);
            access.writable(CREATE, caseId);
            String text = Prose.clean(note.text());
            List<FieldProblem> problems = new ArrayList<>(Prose.check("text", text, true, MAX_LENGTH));
            if (note.corrects() != null && !stored.exists(caseId, note.corrects())) {
                problems.add(new FieldProblem("corrects", "casework.note.corrects.unknown"));
            }
            if (!problems.isEmpty() || text == null) {
                throw new InvalidInputException(problems);
            }
            long id = stored.insert(caseId, text, note.corrects(), user.userId(), clock.instant());
            audit.record(AuditEntry.success(CREATE, AuditNames.CASE, caseId));
            return stored.ofCase(caseId).stream().filter(n -> n.id() == id).findFirst().orElseThrow();
        });
    }
}
