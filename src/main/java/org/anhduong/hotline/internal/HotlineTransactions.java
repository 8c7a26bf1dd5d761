package org.anhduong.hotline.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * The hotline's read-write transactions. A refusal ({@link AccessRefused}, {@link ContactHidden}) is thrown only after
 * the transaction committed, so the DENIED audit event recorded with it stays; every other exception rolls back.
 * Read-write even for reads, because reads are audited and the audit trail refuses read-only transactions.
 */
@Component
class HotlineTransactions {

    private final TransactionTemplate template;

    HotlineTransactions(PlatformTransactionManager transactions) {
        this.template = new TransactionTemplate(transactions);
    }

    <T> T run(Supplier<T> work) {
        Object result = template.execute(status -> {
            try {
                return work.get();
            } catch (AccessRefused | ContactHidden refusal) {
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

    void run(Runnable work) {
        run(() -> {
            work.run();
            return Boolean.TRUE;
        });
    }

    private record Refusal(RuntimeException exception) {
    }
}
