package org.anhduong.casework.internal.protection;

import org.anhduong.casework.NotifiedParty;
import org.anhduong.casework.OrderDecision;
import org.anhduong.casework.OrderIssuer;
import org.anhduong.casework.OrderRevocation;
import org.anhduong.casework.ProtectionOrderDetails;
import org.anhduong.platform.crypto.EncryptedColumn;
import org.anhduong.platform.crypto.FieldCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Prohibition-of-contact orders of cases, versioned; the notification note and revocation reason encrypted. */
@Repository
class ProtectionOrderStore {

    static final String NOTIFIED_NOTE = "casework.protection.notifiedNote";
    static final String REVOCATION_REASON = "casework.protection.revocationReason";

    /** An order with its perpetrator's current id (his row is replaced when his incident is edited). */
    private static final String SELECT = """
            SELECT o.*, p.id AS perpetrator_id FROM casework_protection_orders o
            LEFT JOIN casework_perpetrators p ON p.incident_id = o.perpetrator_incident_id
                                             AND p.position = o.perpetrator_position""";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    ProtectionOrderStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** An order as stored, before its status is derived. */
    record Stored(long id, long caseId, int version, ProtectionOrderDetails details,
                  @Nullable OrderRevocation revocation, long recordedBy, Instant recordedAt, Instant updatedAt) {
    }

    long insert(long caseId, ProtectionOrderDetails details, long userId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO casework_protection_orders (case_id, issuer, requested_at, decision, decided_at,
                               starts_at, ends_at, perpetrator_incident_id, perpetrator_position, notified,
                               notified_note_enc, version, recorded_by, recorded_at, updated_by, updated_at)
                        VALUES (:case, :issuer, :requested, :decision, :decided, :starts, :ends, :incident, :position,
                               :notified, :note, 1, :user, :now, :user, :now)""")
                .params(params(caseId, details)).param("case", caseId).param("user", userId).param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean update(long caseId, long id, int version, ProtectionOrderDetails details, long userId, Instant now) {
        return jdbc.sql("""
                        UPDATE casework_protection_orders SET issuer = :issuer, requested_at = :requested,
                               decision = :decision, decided_at = :decided, starts_at = :starts, ends_at = :ends,
                               perpetrator_incident_id = :incident, perpetrator_position = :position,
                               notified = :notified, notified_note_enc = :note, version = version + 1,
                               updated_by = :user, updated_at = :now
                        WHERE id = :id AND case_id = :case AND version = :version AND revoked_on IS NULL""")
                .params(params(caseId, details)).param("id", id).param("case", caseId).param("version", version)
                .param("user", userId).param("now", Timestamp.from(now))
                .update() == 1;
    }

    boolean revoke(long caseId, long id, int version, OrderRevocation revocation, long userId, Instant now) {
        return jdbc.sql("""
                        UPDATE casework_protection_orders SET revoked_on = :on, revocation_reason_enc = :reason,
                               version = version + 1, updated_by = :user, updated_at = :now
                        WHERE id = :id AND case_id = :case AND version = :version AND revoked_on IS NULL""")
                .param("on", Date.valueOf(revocation.revokedOn()))
                .param("reason", cipher.encrypt(revocation.reason(), REVOCATION_REASON))
                .param("id", id).param("case", caseId).param("version", version).param("user", userId)
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** The case's orders, newest request first. */
    List<Stored> ofCase(long caseId) {
        return jdbc.sql(SELECT + " WHERE o.case_id = :case ORDER BY o.requested_at DESC, o.id DESC")
                .param("case", caseId).query(this::map).list();
    }

    Optional<Stored> find(long caseId, long id) {
        return jdbc.sql(SELECT + " WHERE o.id = :id AND o.case_id = :case")
                .param("id", id).param("case", caseId).query(this::map).optional();
    }

    /** Whether the perpetrator is one of the case's incident perpetrators. */
    boolean perpetratorOf(long caseId, long perpetratorId) {
        return where(caseId, perpetratorId).isPresent();
    }

    /** The perpetrator's incident and position in it, when he is one of the case's. */
    private Optional<Map.Entry<Long, Integer>> where(long caseId, long perpetratorId) {
        return jdbc.sql("""
                        SELECT p.incident_id, p.position FROM casework_perpetrators p
                        JOIN casework_incidents i ON i.id = p.incident_id
                        WHERE p.id = :perpetrator AND i.case_id = :case""")
                .param("perpetrator", perpetratorId).param("case", caseId)
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getInt(2))).optional();
    }

    private Map<String, @Nullable Object> params(long caseId, ProtectionOrderDetails d) {
        Map<String, @Nullable Object> params = new HashMap<>();
        var where = d.perpetratorId() == null ? Optional.<Map.Entry<Long, Integer>>empty() : where(caseId, d.perpetratorId());
        params.put("incident", where.map(Map.Entry::getKey).orElse(null));
        params.put("position", where.map(Map.Entry::getValue).orElse(null));
        params.put("issuer", d.issuer() == null ? null : d.issuer().name());
        params.put("requested", timestamp(d.requestedAt()));
        params.put("decision", d.decision() == null ? null : d.decision().name());
        params.put("decided", timestamp(d.decidedAt()));
        params.put("starts", timestamp(d.startsAt()));
        params.put("ends", timestamp(d.endsAt()));
        params.put("notified", d.notified().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
        params.put("note", cipher.encrypt(d.notifiedNote(), NOTIFIED_NOTE));
        return params;
    }

    private Stored map(ResultSet rs, int row) throws SQLException {
        var notified = EnumSet.noneOf(NotifiedParty.class);
        Arrays.stream(rs.getString("notified").split(",")).filter(s -> !s.isBlank()).map(NotifiedParty::valueOf)
                .forEach(notified::add);
        String decision = rs.getString("decision");
        long perpetrator = rs.getLong("perpetrator_id");
        Long perpetratorId = rs.wasNull() ? null : perpetrator;
        var details = new ProtectionOrderDetails(OrderIssuer.valueOf(rs.getString("issuer")),
                instant(rs, "requested_at"), decision == null ? null : OrderDecision.valueOf(decision),
                instant(rs, "decided_at"), instant(rs, "starts_at"), instant(rs, "ends_at"), perpetratorId, notified,
                cipher.decrypt(rs.getString("notified_note_enc"), NOTIFIED_NOTE));
        Date revoked = rs.getDate("revoked_on");
        OrderRevocation revocation = revoked == null ? null : new OrderRevocation(revoked.toLocalDate(),
                cipher.decrypt(rs.getString("revocation_reason_enc"), REVOCATION_REASON));
        return new Stored(rs.getLong("id"), rs.getLong("case_id"), rs.getInt("version"), details, revocation,
                rs.getLong("recorded_by"), instant(rs, "recorded_at"), instant(rs, "updated_at"));
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    /** The encrypted columns, for the key-rotation command. */
    @Configuration(proxyBeanMethods = false)
    static class Columns {

        @Bean
        EncryptedColumn caseworkProtectionNotifiedNote() {
            return new EncryptedColumn("casework_protection_orders", "id", "notified_note_enc", NOTIFIED_NOTE);
        }

        @Bean
        EncryptedColumn caseworkProtectionRevocationReason() {
            return new EncryptedColumn("casework_protection_orders", "id", "revocation_reason_enc", REVOCATION_REASON);
        }
    }
}
