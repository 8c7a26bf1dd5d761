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

    List<Companion> ofCase(long caseId) {
        return jdbc.sql("SELECT * FROM casework_companions WHERE case_id = :case ORDER BY id")
                .param("case", caseId).query(this::map).list();
    }

    private Companion map(ResultSet rs, int row) throws SQLException {
        int year = rs.getInt("birth_year");
        Integer birthYear = rs.wasNull() ? null : year;
        return new Companion(rs.getLong("id"), rs.getLong("case_id"), birthYear,
                new CompanionDetails(CompanionRelation.valueOf(rs.getString("relation")), Sex.valueOf(rs.getString("sex")),
                        rs.getString("date_of_birth"), cipher.decrypt(rs.getString("name_enc"), CaseworkColumns.COMPANION_NAME)));
    }
}
