package org.anhduong.platform.crypto;

import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every encrypted column of the schema (named {@code *_enc}) is declared for key rotation. A column left out would stay
 * under the old key, and become unreadable once that key is removed after a rotation.
 */
@IntegrationTest
class EveryEncryptedColumnRotatesIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KeyRotation rotation;

    @Test
    void everyEncColumnOfTheSchemaIsDeclared() {
        List<String> inSchema = jdbc.sql("""
                        SELECT LOWER(table_name) || '.' || LOWER(column_name) FROM information_schema.columns
                        WHERE LOWER(column_name) LIKE '%\\_enc' ESCAPE '\\'
                          AND LOWER(table_schema) = LOWER(CURRENT_SCHEMA)""")
                .query(String.class).list();
        List<String> declared = rotation.columns().stream().map(c -> c.table() + "." + c.column()).toList();

        assertThat(inSchema).as("encrypted columns in the schema").isNotEmpty()
                .contains("casework_closures.outcome_enc", "casework_transfers.reason_enc", "hotline_contacts.summary_enc");
        assertThat(declared).containsAll(inSchema).doesNotHaveDuplicates();
    }
}
