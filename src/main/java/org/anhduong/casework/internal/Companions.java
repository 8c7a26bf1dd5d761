package org.anhduong.casework.internal;

import org.anhduong.casework.Companion;
import org.anhduong.casework.CompanionDetails;
import org.anhduong.casework.CompanionRelation;
import org.anhduong.hotline.Sex;
import org.anhduong.platform.crypto.FieldCipher;
import org.anhduong.platform.time.PartialDate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The companions of cases; their names are encrypted. */
@Repository
class Companions {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    Companions(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** @param details checked: relation and sex set, date of birth in ISO form */
    long insert(long caseId, CompanionDetails details, @Nullable PartialDate birth, long userId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO casework_companions (case_id, relation, sex, date_of_birth, birth_year, name_enc,
                               created_by, created_at)
                        VALUES (:case, :relation, :sex, :birth, :year, :name, :user, :now)""")
                .param("case", caseId)
                .param("relation", java.util.Objects.requireNonNull(details.relation()).name())
                .param("sex", java.util.Objects.requireNonNull(details.sex()).name())
                .param("birth", birth == null ? null : birth.iso()).param("year", birth == null ? null : birth.year())
                .param("name", cipher.encrypt(details.name(), CaseworkColumns.COMPANION_NAME))
                .param("user", userId).param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The case's companions still listed (not removed), in the order they were added. */
    List<Companion> ofCase(long caseId) {
        return jdbc.sql("SELECT * FROM casework_companions WHERE case_id = :case AND removed_at IS NULL ORDER BY id")
                .param("case", caseId).query(this::map).list();
    }

    /** @param details checked, as for {@link #insert}; false when the companion is not listed or not at the version */
    boolean update(long caseId, long id, int version, CompanionDetails details, @Nullable PartialDate birth,
                   Instant now) {
        return jdbc.sql("""
                        UPDATE casework_companions SET relation = :relation, sex = :sex, date_of_birth = :birth,
                               birth_year = :year, name_enc = :name, version = version + 1, updated_at = :now
                        WHERE id = :id AND case_id = :case AND version = :version AND removed_at IS NULL""")
                .param("relation", java.util.Objects.requireNonNull(details.relation()).name())
                .param("sex", java.util.Objects.requireNonNull(details.sex()).name())
                .param("birth", birth == null ? null : birth.iso()).param("year", birth == null ? null : birth.year())
                .param("name", cipher.encrypt(details.name(), CaseworkColumns.COMPANION_NAME))
                .param("now", Timestamp.from(now)).param("id", id).param("case", caseId).param("version", version)
                .update() == 1;
    }

    /** Marks the companion removed; false when she is not listed or not at the version. */
    boolean remove(long caseId, long id, int version, long userId, Instant now) {
        return jdbc.sql("""
                        UPDATE casework_companions SET removed_at = :now, removed_by = :user, version = version + 1,
                               updated_at = :now
                        WHERE id = :id AND case_id = :case AND version = :version AND removed_at IS NULL""")
                .param("now", Timestamp.from(now)).param("user", userId).param("id", id).param("case", caseId)
                .param("version", version)
                .update() == 1;
    }

    /** Whether the companion is the case's and not removed. */
    boolean listed(long caseId, long id) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM casework_companions
                        WHERE id = :id AND case_id = :case AND removed_at IS NULL""")
                .param("id", id).param("case", caseId).query(Long.class).single() > 0;
    }

    private Companion map(ResultSet rs, int row) throws SQLException {
        int year = rs.getInt("birth_year");
        Integer birthYear = rs.wasNull() ? null : year;
        return new Companion(rs.getLong("id"), rs.getLong("case_id"), rs.getInt("version"), birthYear,
                new CompanionDetails(CompanionRelation.valueOf(rs.getString("relation")), Sex.valueOf(rs.getString("sex")),
                        rs.getString("date_of_birth"), cipher.decrypt(rs.getString("name_enc"), CaseworkColumns.COMPANION_NAME)));
    }
}
