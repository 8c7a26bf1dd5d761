package org.anhduong.referral.internal;

import org.anhduong.casework.EspSector;
import org.anhduong.platform.crypto.FieldCipher;
import org.anhduong.referral.ReferralStatus;
import org.anhduong.referral.ServiceType;
import org.anhduong.referral.Urgency;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Referrals, their free texts encrypted with {@link FieldCipher} under {@link ReferralColumns}' contexts. */
@Repository
class StoredReferrals {

    private static final String SELECT = "SELECT r.* FROM referral_referrals r";

    /** A referral as stored, texts decrypted. */
    record Row(long id, int version, long caseId, long caseOrganisationId, String survivorCode, long serviceId,
               long recipientOrganisationId, ServiceType serviceType, EspSector sector, Urgency urgency,
               ReferralStatus status, @Nullable Long consentId, boolean emergency, @Nullable String emergencyReason,
               @Nullable String shared, @Nullable String contact, @Nullable String declineReason,
               @Nullable String feedback, @Nullable String withdrawReason, long sentBy, Instant sentAt,
               @Nullable Instant answeredAt, @Nullable Instant closedAt, @Nullable Instant remindedAt) {
    }

    /** What a new referral stores. */
    record New(long caseId, long caseOrganisationId, String survivorCode, long serviceId, long recipientOrganisationId,
               ServiceType serviceType, Urgency urgency, @Nullable Long consentId, boolean emergency,
               @Nullable String emergencyReason, @Nullable String shared, @Nullable String contact, long sentBy) {
    }

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    StoredReferrals(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    long insert(New r, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO referral_referrals (case_id, case_organisation_id, survivor_code, service_id,
                            recipient_organisation_id, service_type, sector, urgency, status, consent_id, emergency,
                            emergency_reason_enc, shared_enc, contact_enc, version, sent_by, sent_at, updated_at)
                        VALUES (:case, :caseOrg, :code, :service, :recipient, :type, :sector, :urgency, 'SENT', :consent,
                            :emergency, :reason, :shared, :contact, 0, :by, :at, :at)""")
                .param("case", r.caseId()).param("caseOrg", r.caseOrganisationId()).param("code", r.survivorCode())
                .param("service", r.serviceId()).param("recipient", r.recipientOrganisationId())
                .param("type", r.serviceType().name()).param("sector", r.serviceType().sector().name())
                .param("urgency", r.urgency().name()).param("consent", r.consentId())
                .param("emergency", r.emergency())
                .param("reason", cipher.encrypt(r.emergencyReason(), ReferralColumns.EMERGENCY_REASON))
                .param("shared", cipher.encrypt(r.shared(), ReferralColumns.SHARED))
                .param("contact", cipher.encrypt(r.contact(), ReferralColumns.CONTACT))
                .param("by", r.sentBy()).param("at", Timestamp.from(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id).query(this::map).optional();
    }

    List<Row> ofCase(long caseId, int limit) {
        return jdbc.sql(SELECT + " WHERE r.case_id = :case ORDER BY r.sent_at DESC, r.id DESC FETCH FIRST " + limit
                + " ROWS ONLY").param("case", caseId).query(this::map).list();
    }

    /** An organisation's referrals: unanswered first, then newest first. */
    List<Row> inbox(long organisationId, int limit) {
        return jdbc.sql(SELECT + " WHERE r.recipient_organisation_id = :org"
                        + " ORDER BY CASE WHEN r.status = 'SENT' THEN 0 ELSE 1 END, r.sent_at DESC, r.id DESC"
                        + " FETCH FIRST " + limit + " ROWS ONLY")
                .param("org", organisationId).query(this::map).list();
    }

    long unanswered(long organisationId) {
        return jdbc.sql("SELECT COUNT(*) FROM referral_referrals WHERE status = 'SENT' AND recipient_organisation_id = :org")
                .param("org", organisationId).query(Long.class).single();
    }

    /**
     * Moves the referral to {@code next} when it is still at {@code version}, with the text of that step encrypted in
     * its column ({@code textColumn} null for none).
     */
    boolean move(long id, int version, ReferralStatus next, @Nullable TextColumn textColumn, @Nullable String text,
                 Instant at) {
        String set = textColumn == null ? "" : ", " + textColumn.column + " = :text";
        String answered = next == ReferralStatus.ACCEPTED || next == ReferralStatus.DECLINED
                ? ", answered_at = :at" : "";
        String closed = next.open() ? "" : ", closed_at = :at";
        return jdbc.sql("UPDATE referral_referrals SET status = :status, version = version + 1, updated_at = :at"
                        + set + answered + closed + " WHERE id = :id AND version = :version")
                .param("status", next.name()).param("at", Timestamp.from(at)).param("id", id)
                .param("version", version)
                .param("text", textColumn == null ? null : cipher.encrypt(text, textColumn.context))
                .update() == 1;
    }

    /** Referrals still unanswered and not yet reminded, sent before the cut-off of their urgency. */
    List<Long> dueForReminder(Instant routineSentBefore, Instant urgentSentBefore, int limit) {
        return jdbc.sql("""
                        SELECT id FROM referral_referrals WHERE status = 'SENT' AND reminded_at IS NULL
                        AND ((urgency = 'URGENT' AND sent_at <= :urgent) OR (urgency <> 'URGENT' AND sent_at <= :routine))
                        ORDER BY sent_at FETCH FIRST %d ROWS ONLY""".formatted(limit))
                .param("urgent", Timestamp.from(urgentSentBefore)).param("routine", Timestamp.from(routineSentBefore))
                .query(Long.class).list();
    }

    /** Marks the reminder sent; false when another instance (or an answer) came first. */
    boolean markReminded(long id, Instant at) {
        return jdbc.sql("UPDATE referral_referrals SET reminded_at = :at WHERE id = :id AND reminded_at IS NULL"
                        + " AND status = 'SENT'")
                .param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    /** The encrypted column a step's text goes into. */
    enum TextColumn {
        DECLINE_REASON("decline_reason_enc", ReferralColumns.DECLINE_REASON),
        FEEDBACK("feedback_enc", ReferralColumns.FEEDBACK),
        WITHDRAW_REASON("withdraw_reason_enc", ReferralColumns.WITHDRAW_REASON);

        final String column;
        final String context;

        TextColumn(String column, String context) {
            this.column = column;
            this.context = context;
        }
    }

    private Row map(ResultSet rs, int n) throws SQLException {
        long consent = rs.getLong("consent_id");
        Long consentId = rs.wasNull() ? null : consent;
        return new Row(rs.getLong("id"), rs.getInt("version"), rs.getLong("case_id"),
                rs.getLong("case_organisation_id"), rs.getString("survivor_code"), rs.getLong("service_id"),
                rs.getLong("recipient_organisation_id"), ServiceType.valueOf(rs.getString("service_type")),
                EspSector.valueOf(rs.getString("sector")), Urgency.valueOf(rs.getString("urgency")),
                ReferralStatus.valueOf(rs.getString("status")), consentId, rs.getBoolean("emergency"),
                cipher.decrypt(rs.getString("emergency_reason_enc"), ReferralColumns.EMERGENCY_REASON),
                cipher.decrypt(rs.getString("shared_enc"), ReferralColumns.SHARED),
                cipher.decrypt(rs.getString("contact_enc"), ReferralColumns.CONTACT),
                cipher.decrypt(rs.getString("decline_reason_enc"), ReferralColumns.DECLINE_REASON),
                cipher.decrypt(rs.getString("feedback_enc"), ReferralColumns.FEEDBACK),
                cipher.decrypt(rs.getString("withdraw_reason_enc"), ReferralColumns.WITHDRAW_REASON),
                rs.getLong("sent_by"), instant(rs, "sent_at"), instant(rs, "answered_at"), instant(rs, "closed_at"),
                instant(rs, "reminded_at"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
