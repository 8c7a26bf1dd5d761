package org.anhduong.audit.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * The sealer's own pool of one connection, configured like the application's pool. A reader that waits for a seal
 * (a search inside a request's transaction) holds its pooled connection while it waits. Were the sealer to borrow from
 * the same pool, as many simultaneous waiting readers as the pool has connections would leave it waiting for a
 * connection that only its own waiters could give back. The price is one database connection per instance more than the pool's size.
 */
@Component
class SealerConnection implements AutoCloseable {

    private final HikariDataSource pool;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    SealerConnection(DataSource application) {
        this.pool = new HikariDataSource(sealerConfig(application));
        this.jdbc = new JdbcTemplate(pool);
        this.transactions = new TransactionTemplate(new JdbcTransactionManager(pool));
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // The head lock is taken before the pending rows are read; read-committed lets that read see what the previous
        // sealer committed, whatever isolation the application's pool is configured with.
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    private static HikariConfig sealerConfig(DataSource application) {
        var config = new HikariConfig();
        try {
            application.unwrap(HikariDataSource.class).copyStateTo(config);
        } catch (SQLException e) {
            throw new IllegalStateException("The audit sealer copies the settings of the application's HikariCP pool, "
                    + "and the application's DataSource is no HikariCP pool", e);
        }
        config.setPoolName("audit-sealer");
        config.setMaximumPoolSize(1);
        config.setMinimumIdle(1);
        return config;
    }

    TransactionOperations transactions() {
        return transactions;
    }

    JdbcClient jdbc() {
        return JdbcClient.create(jdbc);
    }

    JdbcOperations batches() {
        return jdbc;
    }

    @Override
    public void close() {
        pool.close();
    }
}
