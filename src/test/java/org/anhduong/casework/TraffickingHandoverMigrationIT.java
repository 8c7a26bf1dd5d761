package org.anhduong.casework;

import org.anhduong.test.IntegrationTest;
import org.anhduong.test.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V6_10 copies the trafficking records' hand-overs into the hand-over records and V6_11 drops the old columns: run on a
 * fresh schema of the test's database, migrated to V6_9, given trafficking records, then migrated to the end.
 */
@IntegrationTest
class TraffickingHandoverMigrationIT {

    @Autowired
    DataSource dataSource;

    @Test
    void theTraffickingRecordsHandOversAreCopiedOnceAndTheOldColumnsDropped() {
        String schema = "mig_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        DataSource target = TestDatabase.onPostgres() ? dataSource : new DriverManagerDataSource(
                "jdbc:h2:mem:" + schema + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                        + "DB_CLOSE_DELAY=-1", "sa", "");
        String prefix = TestDatabase.onPostgres() ? schema + "." : "";
        JdbcClient jdbc = JdbcClient.create(target);
        try {
            flyway(target, schema, "6.9").migrate();
            long family = traffickingRecord(jdbc, prefix, "BP-1", "'TO_FAMILY'", "DATE '2026-02-01'", "NULL");
            long organisation = traffickingRecord(jdbc, prefix, "BP-2", "'TO_ORGANISATION'", "DATE '2026-02-03'",
                    "'Trung tâm Hy Vọng'");
            traffickingRecord(jdbc, prefix, "BP-3", "NULL", "NULL", "NULL");

            flyway(target, schema, "latest").migrate();

            List<Map<String, Object>> copied = jdbc.sql("SELECT case_id, handover_to, handed_over_on, "
                    + "receiving_organisation_name, version FROM " + prefix + "casework_handovers ORDER BY case_id")
                    .query().listOfRows();
            assertThat(copied).hasSize(2);
            assertThat(copied.get(0)).containsEntry("case_id", family).containsEntry("handover_to", "TO_FAMILY")
                    .containsEntry("version", 1);
            assertThat(copied.get(0).get("receiving_organisation_name")).isNull();
            assertThat(copied.get(1)).containsEntry("case_id", organisation)
                    .containsEntry("receiving_organisation_name", "Trung tâm Hy Vọng");
            assertThat(copied.get(1).get("handed_over_on").toString()).isEqualTo("2026-02-03");
            var columns = jdbc.sql("SELECT * FROM " + prefix + "casework_trafficking").query().listOfRows();
            assertThat(columns).hasSize(3).allSatisfy(row -> assertThat(row).doesNotContainKey("handover_to")
                    .doesNotContainKey("handover_date").doesNotContainKey("handover_organisation"));
        } finally {
            jdbc.sql(TestDatabase.onPostgres() ? "DROP SCHEMA " + schema + " CASCADE" : "SHUTDOWN").update();
        }
    }

    private static Flyway flyway(DataSource target, String schema, String version) {
        var config = Flyway.configure().dataSource(target).locations("classpath:db/migration").target(version);
        return (TestDatabase.onPostgres() ? config.schemas(schema) : config).load();
    }

    private static long traffickingRecord(JdbcClient jdbc, String prefix, String reference, String to, String on,
                                          String organisation) {
        String code = reference + "-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO " + prefix + "casework_clients (organisation_id, survivor_code, age_group, sex, ethnicity, "
                + "disability, marital_status, occupation, created_by, created_at, updated_at) VALUES (1, '" + code
                + "', 'AGE_18_24', 'FEMALE', '01', 'NO', 'UNKNOWN', 'UNKNOWN', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                .update();
        long client = jdbc.sql("SELECT id FROM " + prefix + "casework_clients WHERE survivor_code = '" + code + "'")
                .query(Long.class).single();
        jdbc.sql("INSERT INTO " + prefix + "casework_cases (case_number, client_id, organisation_id, case_type, source, "
                + "status, priority, risk_level, opened_at, opened_by, updated_at) VALUES ('" + code + "', " + client
                + ", 1, 'TRAFFICKING', 'POLICE_OR_BORDER_HANDOVER', 'OPEN', 'URGENT', 'UNKNOWN', CURRENT_TIMESTAMP, 1, "
                + "CURRENT_TIMESTAMP)").update();
        long caseId = jdbc.sql("SELECT id FROM " + prefix + "casework_cases WHERE case_number = '" + code + "'")
                .query(Long.class).single();
        jdbc.sql("INSERT INTO " + prefix + "casework_trafficking (case_id, status, support, handover_to, handover_date, "
                + "handover_organisation, version, updated_by, updated_at) VALUES (" + caseId + ", 'IDENTIFIED_VICTIM', "
                + "'', " + to + ", " + on + ", " + organisation + ", 1, 7, CURRENT_TIMESTAMP)").update();
        return caseId;
    }
}
