package org.anhduong.platform.crypto;

import java.util.ArrayList;
import java.util.List;

/**
 * A module's {@link EncryptedColumn}s declared as one bean, table by table, instead of one bean method per column.
 * {@link KeyRotation} goes through these as well as through single {@link EncryptedColumn} beans.
 *
 * <pre>{@code
 * EncryptedColumns.in("hotline_contacts").column("summary_enc", SUMMARY)
 *         .in("hotline_drafts", "user_id").column("payload_enc", DRAFT)
 *         .build();
 * }</pre>
 */
public record EncryptedColumns(List<EncryptedColumn> columns) {

    public EncryptedColumns {
        columns = List.copyOf(columns);
    }

    /** Starts with the columns of a table whose primary key is {@code id}. */
    public static Builder in(String table) {
        return new Builder().in(table);
    }

    /** Starts with the columns of a table whose primary key is {@code idColumn}. */
    public static Builder in(String table, String idColumn) {
        return new Builder().in(table, idColumn);
    }

    /** Adds columns of the table named last; names are checked as {@link EncryptedColumn} checks them. */
    public static final class Builder {

        private final List<EncryptedColumn> columns = new ArrayList<>();
        private String table = "";
        private String idColumn = "";

        private Builder() {
        }

        public Builder in(String table) {
            return in(table, "id");
        }

        public Builder in(String table, String idColumn) {
            this.table = table;
            this.idColumn = idColumn;
            return this;
        }

        /** A column of the current table and the context its values are encrypted with. */
        public Builder column(String column, String context) {
            columns.add(new EncryptedColumn(table, idColumn, column, context));
            return this;
        }

        public EncryptedColumns build() {
            return new EncryptedColumns(columns);
        }
    }
}
