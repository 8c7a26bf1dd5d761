package org.anhduong.casework.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * Casework's read-write transactions. A refusal ({@link CaseRefused}, {@link CaseHidden}) is thrown only after the
 * transaction committed, so the DENIED audit event recorded with it stays; every other exception rolls back. Read-write
 * even for reads, because reads are audited and the audit trail refuses read-only transactions.
 */
@Component
public class CaseworkTransactions {

    private final TransactionTemplate template;

    CaseworkTransactions(PlatformTransactionManager transactions) {
        this.template = new TransactionTemplate(transactions);
    }

    public <T> T run(Supplier<T> work) {
        Object result = template.execute(status -> {
            try {
                return work.get();
            } catch (CaseRefused | CaseHidden refusal) {
                return new Refusal(refusal);
            }
        });
        if (result instanceof Refusal refusal) {
            throw refusal.exception();
        }
        @SuppressWarnings("unchecked")
        T value = (T) result;
        return value;
    }

    private record Refusal(RuntimeException exception) {
    }
}
