package org.anhduong.referral.internal;

/**
 * A refusal whose DENIED audit event must stay: {@link ReferralTransactions} commits before throwing it, where any other
 * exception rolls back.
 */
interface Refusal {
}
