package org.anhduong.hotline.telephony;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The telephony_line_secrets table, and the lines it reads them for. Secrets are stored encrypted. */
@Repository
class LineSecretStore {

    /** An active line that has a secret, with the secret as stored. */
    record Keyed(SignedLine line, String secretEnc) {
    }

    private final JdbcClient jdbc;

    LineSecretStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The line's number, when the line exists. */
    Optional<String> lineNumber(long lineId) {
        return jdbc.sql("SELECT number FROM hotline_lines WHERE id = :id").param("id", lineId).query(String.class).optional();
    }

    /** Stores the line's secret, replacing the old one; true when there was one (a rotation). */
    boolean save(long lineId, String secretEnc, long userId, Instant now) {
        boolean replaced = jdbc.sql("""
                        UPDATE telephony_line_secrets SET secret_enc = :secret, issued_by = :user, issued_at = :now
                        WHERE line_id = :line""")
                .param("secret", secretEnc).param("user", userId).param("now", Timestamp.from(now)).param("line", lineId)
                .update() == 1;
        if (!replaced) {
            jdbc.sql("""
                            INSERT INTO telephony_line_secrets (line_id, secret_enc, issued_by, issued_at)
                            VALUES (:line, :secret, :user, :now)""")
                    .param("secret", secretEnc).param("user", userId).param("now", Timestamp.from(now))
                    .param("line", lineId).update();
        }
        return replaced;
    }

    /**
     * The active lines with these digits that have a secret. Numbers are unique within an organisation only, so two
     * organisations may have the same one; their secrets tell their requests apart.
     */
    List<Keyed> withDigits(String digits) {
        return jdbc.sql("""
                        SELECT l.id, l.number, l.organisation_id, s.secret_enc
                        FROM hotline_lines l JOIN telephony_line_secrets s ON s.line_id = l.id
                        WHERE l.number_digits = :digits AND l.active = TRUE
                        ORDER BY l.id""")
                .param("digits", digits)
                .query((rs, row) -> new Keyed(new SignedLine(rs.getLong("id"), rs.getString("number"),
                        rs.getLong("organisation_id")), rs.getString("secret_enc")))
                .list();
    }
}
