package org.anhduong.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class EncryptedColumnsTest {

    @Test
    void columnsBelongToTheTableNamedLast() {
        EncryptedColumns columns = EncryptedColumns.in("client")
            .column("full_name", "casework.client.name")
            .column("address", "casework.client.address")
            .in("draft", "user_id")
            .column("payload", "hotline.draft.payload")
            .build();

        assertThat(columns.columns()).containsExactly(
            new EncryptedColumn("client", "id", "full_name", "casework.client.name"),
            new EncryptedColumn("client", "id", "address", "casework.client.address"),
            new EncryptedColumn("draft", "user_id", "payload", "hotline.draft.payload"));
    }

    @Test
    void namesAreCheckedAsForASingleColumn() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> EncryptedColumns.in("client; DROP TABLE client").column("full_name", "casework.client.name"));
        assertThatIllegalArgumentException().isThrownBy(() -> EncryptedColumns.in("client").column("full_name", " "));
    }
}
