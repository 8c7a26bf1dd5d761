package org.anhduong.casework.internal.figures;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The distinct profiles of the reports' rows ({@code casework_figure_profiles}): what a case is counted by besides its
 * organisation, commune and dates. A profile never changes once written, so both directions are cached for good.
 */
@Component
class FigureProfiles {

    /**
     * A profile's values, as stored.
     *
     * @param gbvimsTypes sorted, comma-separated; {@link FigureQueries#NO_INCIDENT} without an incident
     * @param contexts    sorted, comma-separated; empty when none
     */
    record Profile(String caseType, String source, String sex, String ageGroup, String gbvimsTypes, String contexts) {
    }

    private static final String WHERE = """
            case_type = :caseType AND source = :source AND sex = :sex AND age_group = :ageGroup
            AND gbvims_types = :gbvimsTypes AND contexts = :contexts""";

    private final JdbcClient jdbc;
    private final TransactionTemplate own;
    private final Map<Profile, Integer> ids = new ConcurrentHashMap<>();
    private final Map<Integer, Profile> profiles = new ConcurrentHashMap<>();

    FigureProfiles(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The profile's id, written first when new. The profiles are read in the caller's transaction (all of them, the
     * first time: a few thousand); only a new one is written in a transaction of its own, committed at once, so that two
     * writers needing it at the same moment both find it instead of one failing on the unique key inside its own
     * transaction (an unused profile, left by a write that then failed, harms nothing).
     */
    int idOf(Profile profile) {
        Integer known = ids.get(profile);
        if (known == null) {
            readAll();
            known = ids.get(profile);
        }
        if (known != null) {
            return known;
        }
        Integer id = own.execute(status -> find(profile).orElseGet(() -> {
            try {
                jdbc.sql("""
                                INSERT INTO casework_figure_profiles (case_type, source, sex, age_group, gbvims_types, contexts)
                                VALUES (:caseType, :source, :sex, :ageGroup, :gbvimsTypes, :contexts)""")
                        .paramSource(profile).update();
                return find(profile).orElseThrow();
            } catch (DataIntegrityViolationException | ConcurrencyFailureException writtenMeanwhile) {
                status.setRollbackOnly();
                return null;
            }
        }));
        if (id == null) {
            id = Objects.requireNonNull(own.execute(status -> find(profile).orElseThrow()));
        }
        remember(id, profile);
        return id;
    }

    private Optional<Integer> find(Profile profile) {
        return jdbc.sql("SELECT id FROM casework_figure_profiles WHERE " + WHERE).paramSource(profile)
                .query(Integer.class).optional();
    }

    /** The profiles of the ids (all known ones are read again when one is not cached). */
    Map<Integer, Profile> of(Collection<Integer> wanted) {
        if (!profiles.keySet().containsAll(wanted)) {
            readAll();
        }
        return profiles;
    }

    private void readAll() {
        jdbc.sql("SELECT * FROM casework_figure_profiles")
                .query((rs, row) -> Map.entry(rs.getInt("id"), new Profile(rs.getString("case_type"),
                        rs.getString("source"), rs.getString("sex"), rs.getString("age_group"),
                        rs.getString("gbvims_types"), rs.getString("contexts"))))
                .list()
                .forEach(e -> remember(e.getKey(), e.getValue()));
    }

    private void remember(int id, Profile profile) {
        ids.put(profile, id);
        profiles.put(id, profile);
    }
}
