package org.anhduong.referral.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * The referral module's read-write transactions (reads are audited, and the audit trail refuses read-only ones). A
 * {@link Refusal} is thrown after the commit that keeps its DENIED audit event; every other exception rolls back.
 */
@Component
class ReferralTransactions {

    private final TransactionTemplate template;

    ReferralTransactions(PlatformTransactionManager transactions) {
        this.template = new TransactionTemplate(transactions);
    }

    <T> T run(Supplier<T> work) {
        Object result = template.execute(status -> {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (e instanceof Refusal) {
                    return new Refused(e);
                }
                throw e;
            }
        });
        if (result instanceof Refused refused) {
            throw refused.exception();
        }
        @SuppressWarnings("unchecked")
        T value = (T) result;
        return value;
    }

    private record Refused(RuntimeException exception) {
    }
}
