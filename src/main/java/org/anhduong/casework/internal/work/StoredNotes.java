package org.anhduong.casework.internal.work;

import org.anhduong.casework.CaseNote;
import org.anhduong.platform.crypto.FieldCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Notes: inserted and read, never updated or deleted (see {@link org.anhduong.casework.CaseNotes}). */
@Repository
class StoredNotes {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    StoredNotes(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    long insert(long caseId, String text, @Nullable Long corrects, long authorId, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO casework_notes (case_id, text_enc, corrects_id, author_id, written_at)
                        VALUES (:case, :text, :corrects, :author, :at)""")
                .param("case", caseId).param("text", cipher.encrypt(text, WorkColumns.NOTE))
                .param("corrects", corrects).param("author", authorId).param("at", Timestamp.from(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<CaseNote> ofCase(long caseId) {
        return jdbc.sql("SELECT * FROM casework_notes WHERE case_id = :case ORDER BY written_at DESC, id DESC")
                .param("case", caseId).query(this::map).list();
    }

    boolean exists(long caseId, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM casework_notes WHERE case_id = :case AND id = :id")
                .param("case", caseId).param("id", id).query(Long.class).single() > 0;
    }

    private CaseNote map(ResultSet rs, int row) throws SQLException {
        long corrects = rs.getLong("corrects_id");
        Long corrected = rs.wasNull() ? null : corrects;
        return new CaseNote(rs.getLong("id"), rs.getLong("case_id"),
                Objects.requireNonNull(cipher.decrypt(rs.getString("text_enc"), WorkColumns.NOTE)), corrected,
                rs.getLong("author_id"), rs.getTimestamp("written_at").toInstant());
    }
}
