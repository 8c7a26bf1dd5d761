package org.anhduong.casework.internal;

import org.anhduong.platform.web.ForbiddenException;

/**
 * The user's roles never allow the action. A type of its own so that the transaction that audited the refusal still
 * commits (see {@link CaseworkTransactions}).
 */
final class CaseRefused extends ForbiddenException {
}
