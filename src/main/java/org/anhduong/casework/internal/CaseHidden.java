package org.anhduong.casework.internal;

import org.anhduong.platform.web.NotFoundException;

/**
 * A case the user may not read, answered like one that does not exist. A type of its own so that the transaction that
 * audited the refusal still commits (see {@link CaseworkTransactions}).
 */
final class CaseHidden extends NotFoundException {

    CaseHidden() {
        this(CaseAccess.CASE);
    }

    /** Another record the user may not read, e.g. a client none of whose cases is on her team. */
    CaseHidden(String recordType) {
        super(recordType);
    }
}
