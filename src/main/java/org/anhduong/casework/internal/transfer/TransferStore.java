package org.anhduong.casework.internal.transfer;

import org.anhduong.casework.CaseType;
import org.anhduong.casework.IncomingTransfer;
import org.anhduong.casework.Transfer;
import org.anhduong.casework.TransferState;
import org.anhduong.casework.internal.FigureUpkeep;
import org.anhduong.platform.crypto.EncryptedColumns;
import org.anhduong.platform.crypto.FieldCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Transfers, and the case row's organisation and team as an accepted transfer changes them. */
@Repository
class TransferStore {

    static final String REASON = "casework.transfer.reason";
    static final String DECLINE_NOTE = "casework.transfer.declineNote";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final FigureUpkeep figures;

    TransferStore(JdbcClient jdbc, FieldCipher cipher, FigureUpkeep figures) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.figures = figures;
    }

    /** Takes the case row's lock for the transaction: closures and transfers of one case go one at a time. */
    void lockCase(long caseId) {
        jdbc.sql("SELECT id FROM casework_cases WHERE id = :id FOR UPDATE").param("id", caseId).query(Long.class).list();
    }

    long insert(long caseId, long from, long to, String reason, long consentId, long userId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO casework_transfers (case_id, from_organisation_id, to_organisation_id, state,
                               reason_enc, consent_id, requested_by, requested_at)
                        VALUES (:case, :from, :to, 'PENDING', :reason, :consent, :user, :now)""")
                .param("case", caseId).param("from", from).param("to", to)
                .param("reason", cipher.encrypt(reason, REASON)).param("consent", consentId).param("user", userId)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Moves a pending transfer on; false when it was no longer pending. */
    boolean decide(long transferId, TransferState to, @Nullable String note, long userId, Instant now) {
        return jdbc.sql("""
                        UPDATE casework_transfers SET state = :to, decline_note_enc = :note, decided_by = :user,
                               decided_at = :now
                        WHERE id = :id AND state = 'PENDING'""")
                .param("to", to.name()).param("note", cipher.encrypt(note, DECLINE_NOTE)).param("user", userId)
                .param("now", Timestamp.from(now)).param("id", transferId)
                .update() == 1;
    }

    /** The case now belongs to the organisation, with its accepting supervisor as its team. */
    void moveCase(long caseId, long organisationId, long supervisorId, Instant now) {
        jdbc.sql("""
                        UPDATE casework_cases SET organisation_id = :org, assigned_worker_id = NULL,
                               supervisor_id = :supervisor, version = version + 1, updated_at = :now
                        WHERE id = :id""")
                .param("org", organisationId).param("supervisor", supervisorId).param("now", Timestamp.from(now))
                .param("id", caseId)
                .update();
        figures.caseChanged(caseId);
    }

    Optional<Transfer> find(long transferId) {
        return jdbc.sql("SELECT * FROM casework_transfers WHERE id = :id").param("id", transferId)
                .query(this::map).optional();
    }

    List<Transfer> ofCase(long caseId) {
        return jdbc.sql("SELECT * FROM casework_transfers WHERE case_id = :case ORDER BY id DESC")
                .param("case", caseId).query(this::map).list();
    }

    boolean pendingOf(long caseId) {
        return ofCase(caseId).stream().anyMatch(t -> t.state() == TransferState.PENDING);
    }

    boolean closurePending(long caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM casework_closures WHERE case_id = :case AND state = 'PENDING'")
                .param("case", caseId).query(Long.class).single() > 0;
    }

    List<IncomingTransfer> incoming(long organisationId) {
        return jdbc.sql("""
                        SELECT t.id, t.from_organisation_id, k.survivor_code, c.case_type, t.reason_enc, t.requested_at
                        FROM casework_transfers t JOIN casework_cases c ON c.id = t.case_id
                             JOIN casework_clients k ON k.id = c.client_id
                        WHERE t.to_organisation_id = :org AND t.state = 'PENDING'
                        ORDER BY t.requested_at, t.id""")
                .param("org", organisationId)
                .query((rs, row) -> new IncomingTransfer(rs.getLong("id"), rs.getLong("from_organisation_id"),
                        rs.getString("survivor_code"), CaseType.valueOf(rs.getString("case_type")),
                        cipher.decrypt(rs.getString("reason_enc"), REASON), rs.getTimestamp("requested_at").toInstant()))
                .list();
    }

    private Transfer map(ResultSet rs, int row) throws SQLException {
        long decider = rs.getLong("decided_by");
        Long decidedBy = rs.wasNull() ? null : decider;
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new Transfer(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("from_organisation_id"),
                rs.getLong("to_organisation_id"), TransferState.valueOf(rs.getString("state")),
                cipher.decrypt(rs.getString("reason_enc"), REASON), rs.getLong("consent_id"), rs.getLong("requested_by"),
                rs.getTimestamp("requested_at").toInstant(), decidedBy,
                decidedAt == null ? null : decidedAt.toInstant(),
                cipher.decrypt(rs.getString("decline_note_enc"), DECLINE_NOTE));
    }

    /** The encrypted columns, for the key-rotation command. */
    @Configuration(proxyBeanMethods = false)
    static class Columns {

        @Bean
        EncryptedColumns caseworkTransferEncryptedColumns() {
            return EncryptedColumns.in("casework_transfers")
                    .column("reason_enc", REASON)
                    .column("decline_note_enc", DECLINE_NOTE)
                    .build();
        }
    }
}
