package org.anhduong.hotline.internal;

import org.anhduong.platform.web.ForbiddenException;

/**
 * The user's role does not allow the action. A type of its own so that the transaction that audited the refusal
 * still commits (see {@link HotlineTransactions}).
 */
final class AccessRefused extends ForbiddenException {
}
