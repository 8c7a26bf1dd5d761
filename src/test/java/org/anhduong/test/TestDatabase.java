package org.anhduong.test;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

/**
 * Chooses the database of an integration test run from the system property {@code anhduong.test.database}
 * ({@code h2} or {@code postgresql}). On PostgreSQL each test JVM gets a schema of its own, dropped at exit, so runs
 * never see each other's data. When PostgreSQL does not answer the suite is skipped, loudly — unless
 * {@code anhduong.test.postgres=required} (as in CI), where it fails.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String DATABASE = System.getProperty("anhduong.test.database", "h2");
    static final boolean POSTGRES = "postgresql".equals(DATABASE);
    static final boolean REQUIRED = "required".equals(System.getProperty("anhduong.test.postgres", "auto"));
    static final String PG_URL = env("ANHDUONG_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String PG_USER = env("ANHDUONG_TEST_PG_USER", "postgres");
    static final String PG_PASSWORD = env("ANHDUONG_TEST_PG_PASSWORD", "");
    static final String SCHEMA = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private static volatile boolean schemaCreated;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (POSTGRES) {
            createSchemaOnce();
            String separator = PG_URL.contains("?") ? "&" : "?";
            TestPropertyValues.of(
                    "spring.datasource.url=" + PG_URL + separator + "currentSchema=" + SCHEMA,
                    "spring.datasource.username=" + PG_USER,
                    "spring.datasource.password=" + PG_PASSWORD,
                    "spring.flyway.schemas=" + SCHEMA).applyTo(context);
        } else {
            TestPropertyValues.of(
                    "spring.datasource.url=jdbc:h2:mem:it" + UUID.randomUUID().toString().substring(0, 8)
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "spring.datasource.username=sa",
                    "spring.datasource.password=").applyTo(context);
        }
    }

    public static boolean onPostgres() {
        return POSTGRES;
    }

    private static synchronized void createSchemaOnce() {
        if (schemaCreated) {
            return;
        }
        try (Connection c = connect()) {
            c.createStatement().execute("CREATE SCHEMA " + SCHEMA);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test schema on PostgreSQL", e);
        }
        schemaCreated = true;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection c = connect()) {
                c.createStatement().execute("DROP SCHEMA " + SCHEMA + " CASCADE");
            } catch (SQLException ignored) {
                // Best effort: a left-over schema only costs disk space on a developer's database.
            }
        }));
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Skips (or, when required, fails) the PostgreSQL run when the server does not answer. */
    public static final class Availability implements ExecutionCondition {

        private static volatile Boolean reachable;

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (!POSTGRES) {
                return ConditionEvaluationResult.enabled("running on H2");
            }
            if (reachable == null) {
                reachable = probe();
            }
            if (reachable) {
                return ConditionEvaluationResult.enabled("PostgreSQL answers at " + PG_URL);
            }
            if (REQUIRED) {
                throw new IllegalStateException("PostgreSQL is required (anhduong.test.postgres=required) but does not answer at "
                        + PG_URL + " as " + PG_USER);
            }
            String reason = "PostgreSQL does not answer at " + PG_URL + ": the PostgreSQL integration suite was SKIPPED";
            System.out.println("WARNING: " + reason.toUpperCase(Locale.ROOT));
            return ConditionEvaluationResult.disabled(reason);
        }

        private static boolean probe() {
            DriverManager.setLoginTimeout(3);
            try (Connection c = connect()) {
                return c.isValid(3);
            } catch (SQLException e) {
                return false;
            }
        }
    }
}
