package org.anhduong.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class KeyRotationTest {

    private static final EncryptedColumn NAME = new EncryptedColumn("client", "id", "full_name", "casework.client.name");
    private static final EncryptedColumn NOTE = new EncryptedColumn("note", "id", "body", "casework.note.body");

    private final FieldCipher underK1 = new FieldCipher(TestKeys.ring(TestKeys.K1));
    private final FieldCipher afterAddingK2 = new FieldCipher(TestKeys.ring(TestKeys.K2, TestKeys.K1));
    private JdbcClient jdbc;

    @BeforeEach
    void createDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("CREATE TABLE client (id BIGINT PRIMARY KEY, full_name VARCHAR(1000), version INT)").update();
        jdbc.sql("CREATE TABLE note (id UUID PRIMARY KEY, body TEXT)").update();
    }

    @Test
    void reencryptsEveryOldValueAcrossBatches() {
        int oldRows = KeyRotation.BATCH_SIZE * 2 + 7;
        for (int id = 1; id <= oldRows; id++) {
            insertClient(id, underK1.encrypt("Người số " + id, NAME.context()));
        }
        insertClient(oldRows + 1, null);
        String alreadyRotated = afterAddingK2.encrypt("Đã xoay", NAME.context());
        insertClient(oldRows + 2, alreadyRotated);
        for (int i = 0; i < 3; i++) {
            jdbc.sql("INSERT INTO note (id, body) VALUES (?, ?)").params(UUID.randomUUID(), underK1.encrypt("ghi chú " + i, NOTE.context()))
                    .update();
        }

        KeyRotation.Summary summary = new KeyRotation(jdbc, afterAddingK2, List.of(NAME, NOTE)).rotateAll();

        assertThat(summary).isEqualTo(new KeyRotation.Summary(2, oldRows + 3L));
        FieldCipher onlyK2 = new FieldCipher(TestKeys.ring(TestKeys.K2));
        assertThat(onlyK2.decrypt(nameOf(7), NAME.context())).isEqualTo("Người số 7");
        assertThat(onlyK2.decrypt(nameOf(oldRows), NAME.context())).isEqualTo("Người số " + oldRows);
        assertThat(nameOf(oldRows + 1)).isNull();
        assertThat(nameOf(oldRows + 2)).isEqualTo(alreadyRotated);
        assertThat(jdbc.sql("SELECT body FROM note").query(String.class).list())
                .allSatisfy(body -> assertThat(onlyK2.decrypt(body, NOTE.context())).startsWith("ghi chú"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM client WHERE version <> 0").query(Integer.class).single()).isZero();
        assertThat(new KeyRotation(jdbc, afterAddingK2, List.of(NAME, NOTE)).rotateAll().rowsRotated()).isZero();
    }

    @Test
    void undecryptableValueStopsWithItsRowIdOnly() {
        insertClient(1, underK1.encrypt("Hoàng Văn Bình", NAME.context()));
        insertClient(2, underK1.encrypt("Hoàng Văn Bình", "casework.client.address"));

        assertThatExceptionOfType(IllegalStateException.class)
                .isThrownBy(() -> new KeyRotation(jdbc, afterAddingK2, List.of(NAME)).rotateAll())
                .withMessageContaining("client.full_name of row 2").withMessageNotContaining("Hoàng");
        assertThat(nameOf(1)).startsWith("v1.k2.");
    }

    @Test
    void columnNamesMustBePlainIdentifiers() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EncryptedColumn("client; DROP TABLE x", "id", "c", "ctx"));
        assertThatIllegalArgumentException().isThrownBy(() -> new EncryptedColumn("client", "Id", "c", "ctx"));
        assertThatIllegalArgumentException().isThrownBy(() -> new EncryptedColumn("client", "id", "1c", "ctx"));
        assertThatIllegalArgumentException().isThrownBy(() -> new EncryptedColumn("client", "id", "c", " "));
    }

    private void insertClient(long id, String fullName) {
        jdbc.sql("INSERT INTO client (id, full_name, version) VALUES (?, ?, 0)").params(id, fullName).update();
    }

    private String nameOf(long id) {
        return jdbc.sql("SELECT full_name FROM client WHERE id = ?").param(id).query(String.class).optional().orElse(null);
    }
}
