package org.anhduong.casework.web;

import org.anhduong.casework.CaseFileHeader;
import org.anhduong.casework.CaseManagement;
import org.anhduong.casework.CaseRecord;
import org.anhduong.identity.UserAccount;
import org.anhduong.identity.UserDirectory;
import org.anhduong.platform.web.FieldProblem;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the case-work tabs (assessments, plan, notes) share: the case file's header, read through casework so that
 * every view is an audited read of the case, people's names, and form problems keyed by input id.
 */
@Component
class WorkPages {

    private final CaseManagement cases;
    private final CaseFileHeaders headers;
    private final UserDirectory directory;
    private final Labels labels;

    WorkPages(CaseManagement cases, CaseFileHeaders headers, UserDirectory directory, Labels labels) {
        this.cases = cases;
        this.headers = headers;
        this.directory = directory;
        this.labels = labels;
    }

    CaseFileHeader header(long caseId, String tab) {
        return header(caseRecord(caseId), tab);
    }

    /** The case as its team reads it (audited as a read of the case; these tabs show nothing of the client). */
    CaseRecord caseRecord(long caseId) {
        return cases.caseRecord(caseId);
    }

    CaseFileHeader header(CaseRecord found, String tab) {
        return headers.of(found, tab);
    }

    /** Problems of a form whose inputs are named {@code prefix + field}. */
    FormErrors errors(List<FieldProblem> problems, String prefix) {
        return FormErrors.of(problems, field -> prefix + field, p -> labels.text(p.messageKey(), p.args()));
    }

    /** Users' names by id, looked up once per page. */
    Names names() {
        return new Names(directory);
    }

    static final class Names {

        private final UserDirectory directory;
        private final Map<Long, String> known = new HashMap<>();

        private Names(UserDirectory directory) {
            this.directory = directory;
        }

        String of(long userId) {
            return known.computeIfAbsent(userId,
                    id -> directory.findUser(id).map(UserAccount::fullName).orElse("#" + id));
        }
    }
}
