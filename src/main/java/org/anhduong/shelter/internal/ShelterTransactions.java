package org.anhduong.shelter.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * Shelter's transactions: read-write even for reads, because reads are audited and the audit trail refuses read-only
 * transactions. A refusal's DENIED event is recorded in a transaction of its own ({@link #separately}), so it stays
 * whatever happens to the work it refused.
 */
@Component
class ShelterTransactions {

    private final TransactionTemplate template;
    private final TransactionTemplate separate;

    ShelterTransactions(PlatformTransactionManager transactions) {
        this.template = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    <T> T run(Supplier<T> work) {
        return template.execute(status -> work.get());
    }

    void separately(Runnable work) {
        separate.executeWithoutResult(status -> work.run());
    }
}
