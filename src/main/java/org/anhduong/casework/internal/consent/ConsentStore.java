package org.anhduong.casework.internal.consent;

import org.anhduong.casework.Consent;
import org.anhduong.casework.ConsentGiver;
import org.anhduong.casework.ConsentPurpose;
import org.anhduong.casework.ConsentWithdrawal;
import org.anhduong.casework.GuardianRelation;
import org.anhduong.casework.NewConsent;
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
import java.util.List;
import java.util.Optional;

/** Consents of cases; the guardian's name encrypted. Rows are never deleted: a withdrawal fills in its columns. */
@Repository
class ConsentStore {

    static final String GUARDIAN_NAME = "casework.consent.guardianName";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    ConsentStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    long insert(long caseId, NewConsent consent, long userId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO casework_consents (case_id, purpose, recipient_organisation_id, given_by,
                               guardian_name_enc, guardian_relation, child_agreed, given_on, valid_until, recorded_by,
                               recorded_at)
                        VALUES (:case, :purpose, :recipient, :givenBy, :guardian, :relation, :agreed, :givenOn,
                               :validUntil, :user, :now)""")
                .param("case", caseId).param("purpose", consent.purpose().name())
                .param("recipient", consent.recipientOrganisationId()).param("givenBy", consent.givenBy().name())
                .param("guardian", cipher.encrypt(consent.guardianName(), GUARDIAN_NAME))
                .param("relation", consent.guardianRelation() == null ? null : consent.guardianRelation().name())
                .param("agreed", consent.childAgreed()).param("givenOn", Date.valueOf(consent.givenOn()))
                .param("validUntil", consent.validUntil() == null ? null : Date.valueOf(consent.validUntil()))
                .param("user", userId).param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The case's consents, newest first. */
    List<Consent> ofCase(long caseId) {
        return jdbc.sql("SELECT * FROM casework_consents WHERE case_id = :case ORDER BY given_on DESC, id DESC")
                .param("case", caseId).query(this::map).list();
    }

    Optional<Consent> find(long caseId, long consentId) {
        return jdbc.sql("SELECT * FROM casework_consents WHERE id = :id AND case_id = :case")
                .param("id", consentId).param("case", caseId).query(this::map).optional();
    }

    /** Marks the consent withdrawn unless it already is; false when it was. */
    boolean withdraw(long consentId, ConsentWithdrawal withdrawal, long userId) {
        return jdbc.sql("""
                        UPDATE casework_consents SET withdrawn_on = :on, withdrawn_by = :by,
                               withdrawal_recorded_by = :user
                        WHERE id = :id AND withdrawn_on IS NULL""")
                .param("on", Date.valueOf(withdrawal.withdrawnOn())).param("by", withdrawal.withdrawnBy().name())
                .param("user", userId).param("id", consentId)
                .update() == 1;
    }

    private Consent map(ResultSet rs, int row) throws SQLException {
        long recipient = rs.getLong("recipient_organisation_id");
        Long recipientId = rs.wasNull() ? null : recipient;
        boolean agreed = rs.getBoolean("child_agreed");
        Boolean childAgreed = rs.wasNull() ? null : agreed;
        return new Consent(rs.getLong("id"), rs.getLong("case_id"), ConsentPurpose.valueOf(rs.getString("purpose")),
                recipientId, ConsentGiver.valueOf(rs.getString("given_by")),
                cipher.decrypt(rs.getString("guardian_name_enc"), GUARDIAN_NAME),
                enumOf(GuardianRelation.class, rs.getString("guardian_relation")), childAgreed,
                rs.getDate("given_on").toLocalDate(), day(rs, "valid_until"), day(rs, "withdrawn_on"),
                enumOf(ConsentGiver.class, rs.getString("withdrawn_by")), rs.getLong("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static @Nullable LocalDate day(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, @Nullable String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    /** The encrypted column, for the key-rotation command. */
    @Configuration(proxyBeanMethods = false)
    static class Columns {

        @Bean
        EncryptedColumn caseworkConsentGuardianName() {
            return new EncryptedColumn("casework_consents", "id", "guardian_name_enc", GUARDIAN_NAME);
        }
    }
}
