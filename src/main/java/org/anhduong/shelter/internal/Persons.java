package org.anhduong.shelter.internal;

import org.anhduong.casework.CompanionRelation;
import org.anhduong.hotline.Sex;
import org.anhduong.shelter.PersonKind;
import org.anhduong.shelter.SupportedPerson;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The persons shelter supports: one row per casework client or companion, with what counting needs (sex, birth year,
 * relation) kept up to date from casework each time the person is supported again.
 */
@Repository
class Persons {

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    Persons(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** The person's id, registering or refreshing her. */
    long register(PersonKind kind, long reference, Sex sex, @Nullable Integer birthYear,
                  @Nullable CompanionRelation relation) {
        Optional<Long> known = idOf(kind, reference);
        if (known.isPresent()) {
            refresh(known.get(), sex, birthYear, relation);
            return known.get();
        }
        try {
            // A savepoint, so that losing a race with another episode of the same client does not abort our work.
            savepoint.executeWithoutResult(status -> jdbc.sql("""
                            INSERT INTO shelter_persons (person_kind, person_ref, sex, birth_year, relation)
                            VALUES (:kind, :ref, :sex, :year, :relation)""")
                    .param("kind", kind.name()).param("ref", reference).param("sex", sex.name())
                    .param("year", birthYear).param("relation", relation == null ? null : relation.name()).update());
        } catch (DuplicateKeyException registeredMeanwhile) {
            refresh(idOf(kind, reference).orElseThrow(), sex, birthYear, relation);
        }
        return idOf(kind, reference).orElseThrow();
    }

    private void refresh(long id, Sex sex, @Nullable Integer birthYear, @Nullable CompanionRelation relation) {
        jdbc.sql("UPDATE shelter_persons SET sex = :sex, birth_year = :year, relation = :relation WHERE id = :id")
                .param("sex", sex.name()).param("year", birthYear)
                .param("relation", relation == null ? null : relation.name()).param("id", id).update();
    }

    private Optional<Long> idOf(PersonKind kind, long reference) {
        return jdbc.sql("SELECT id FROM shelter_persons WHERE person_kind = :kind AND person_ref = :ref")
                .param("kind", kind.name()).param("ref", reference).query(Long.class).optional();
    }

    /**
     * Locks the person until the transaction ends, so two placements of her (in different facilities) are checked one
     * after the other. Always taken before the facility's lock, so two placements never wait on each other in a ring.
     */
    void lock(long id) {
        jdbc.sql("SELECT id FROM shelter_persons WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).single();
    }

    Optional<SupportedPerson> find(long id) {
        return jdbc.sql("SELECT * FROM shelter_persons WHERE id = :id").param("id", id)
                .query((rs, row) -> person(rs)).optional();
    }

    List<SupportedPerson> ofEpisode(long episodeId) {
        return jdbc.sql("""
                        SELECT p.* FROM shelter_persons p JOIN shelter_episode_persons e ON e.person_id = p.id
                        WHERE e.episode_id = :episode ORDER BY p.person_kind, p.id""")
                .param("episode", episodeId).query((rs, row) -> person(rs)).list();
    }

    List<SupportedPerson> all(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM shelter_persons WHERE id IN (:ids)").param("ids", ids)
                .query((rs, row) -> person(rs)).list();
    }

    static SupportedPerson person(ResultSet rs) throws SQLException {
        return person(rs, "id");
    }

    /** The person in a row that names her id in {@code idColumn}. */
    static SupportedPerson person(ResultSet rs, String idColumn) throws SQLException {
        String relation = rs.getString("relation");
        int year = rs.getInt("birth_year");
        return new SupportedPerson(rs.getLong(idColumn), PersonKind.valueOf(rs.getString("person_kind")),
                rs.getLong("person_ref"), Sex.valueOf(rs.getString("sex")), rs.wasNull() ? null : year,
                relation == null ? null : CompanionRelation.valueOf(relation));
    }
}
