package org.anhduong.platform.crypto;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An encrypted column, declared as a bean by the module that owns it so {@link KeyRotation} can re-encrypt
 * every encrypted value without knowing the modules. Names are checked here because they end up in SQL.
 *
 * @param table the table, lower-case SQL identifier
 * @param idColumn its primary key column
 * @param column the column holding {@link FieldCipher} values
 * @param context the context the values were encrypted with, e.g. "casework.client.name"
 */
public record EncryptedColumn(String table, String idColumn, String column, String context) {

    private static final Pattern IDENTIFIER = Pattern.compile("^[a-z_][a-z0-9_]*$");

    public EncryptedColumn {
        requireIdentifier(table, "table");
        requireIdentifier(idColumn, "idColumn");
        requireIdentifier(column, "column");
        if (Objects.requireNonNull(context, "context").isBlank()) {
            throw new IllegalArgumentException("Encrypted column context must not be blank");
        }
    }

    private static void requireIdentifier(String name, String what) {
        if (!IDENTIFIER.matcher(Objects.requireNonNull(name, what)).matches()) {
            throw new IllegalArgumentException("Encrypted column " + what + " '" + name + "' is not a plain lower-case SQL identifier");
        }
    }

    /** "table.column", for logs and summaries. */
    public String qualifiedName() {
        return table + "." + column;
    }
}
