package org.anhduong.platform.crypto;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Re-encrypts every value of every {@link EncryptedColumn} that is not under the primary key, so an old key
 * can be removed from the ring afterwards.
 *
 * <p>Rows are read in id order, 500 at a time. Each row is updated only if its value is still the one read,
 * so a concurrent edit is never overwritten; such an edit is already under the primary key. Content does not
 * change, so version columns are left alone. Safe to run again after an interruption.
 */
public final class KeyRotation {

    static final int BATCH_SIZE = 500;
    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final List<EncryptedColumn> columns;

    public KeyRotation(JdbcClient jdbc, FieldCipher cipher, List<EncryptedColumn> columns) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.columns = List.copyOf(columns);
    }

    /** The columns a rotation goes through. */
    public List<EncryptedColumn> columns() {
        return columns;
    }

    /** What a rotation did: how many columns it went through and how many values it re-encrypted. */
    public record Summary(int columns, long rowsRotated) {
    }

    /**
     * Rotates all declared columns.
     *
     * @throws IllegalStateException when a value cannot be decrypted (its row id is in the message); rows
     *     rotated before it stay rotated
     */
    public Summary rotateAll() {
        long rotated = 0;
        for (EncryptedColumn column : columns) {
            rotated += rotate(column);
        }
        return new Summary(columns.size(), rotated);
    }

    /** Rotates one column and returns how many values were re-encrypted. */
    public long rotate(EncryptedColumn column) {
        String primaryPrefix = "v1." + cipher.primaryKeyId() + ".%";
        String select = "SELECT " + column.idColumn() + ", " + column.column() + " FROM " + column.table()
                + " WHERE " + column.column() + " IS NOT NULL AND " + column.column() + " NOT LIKE ?";
        String order = " ORDER BY " + column.idColumn() + " FETCH FIRST " + BATCH_SIZE + " ROWS ONLY";
        String update = "UPDATE " + column.table() + " SET " + column.column() + " = ? WHERE " + column.idColumn()
                + " = ? AND " + column.column() + " = ?";
        long rotated = 0;
        @Nullable Object lastId = null;
        List<Row> batch;
        do {
            batch = lastId == null ? jdbc.sql(select + order).param(primaryPrefix).query(Row.MAPPER).list()
                    : jdbc.sql(select + " AND " + column.idColumn() + " > ?" + order).params(primaryPrefix, lastId)
                        .query(Row.MAPPER).list();
            for (Row row : batch) {
                rotated += jdbc.sql(update).params(reencrypt(row, column), row.id(), row.value()).update();
                lastId = row.id();
            }
        }
        while (batch.size() == BATCH_SIZE);
        log.info("Key rotation re-encrypted {} values in {}", rotated, column.qualifiedName());
        return rotated;
    }

    private String reencrypt(Row row, EncryptedColumn column) {
        try {
            return Objects.requireNonNull(cipher.rotate(row.value(), column.context()));
        }
        catch (DecryptionFailedException e) {
            throw new IllegalStateException("Cannot rotate " + column.qualifiedName() + " of row " + row.id() + ": "
                    + e.getMessage(), e);
        }
    }

    private record Row(Object id, String value) {

        static final RowMapper<Row> MAPPER = (rs, n) -> new Row(rs.getObject(1), rs.getString(2));
    }
}
