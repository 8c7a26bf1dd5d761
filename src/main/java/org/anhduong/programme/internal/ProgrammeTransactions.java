package org.anhduong.programme.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/** Programme's transactions; a refusal's DENIED event in one of its own so it stays when the work is refused. */
@Component
class ProgrammeTransactions {

    private final TransactionTemplate template;
    private final TransactionTemplate separate;

    ProgrammeTransactions(PlatformTransactionManager transactions) {
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
