package org.anhduong.casework.internal.figures;

import org.anhduong.casework.internal.FigureUpkeep;
import org.anhduong.casework.internal.SurvivorBirths;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The reports' row of each case ({@code casework_case_figures}, see its migration V10_2), recomputed wholly from the
 * records whenever a write calls {@link FigureUpkeep}, and for the cases listed in {@code casework_case_figures_pending}
 * (every case after the migration or {@link #rebuildAll}) by {@link #derivePending}, which counting runs first.
 *
 * <p>The row's {@code closed_at} is read from the case's closures (the one in state CLOSED: its current closure), not
 * from {@code casework_cases.closed_at}, which the closure steps keep equal to it.
 *
 * <p>A refresh first locks the cases' own rows, in id order: two transactions changing one case (its client and an
 * incident, say) then refresh it one after the other, and the second reads what the first committed, so neither
 * leaves a row computed from the other's old values.
 */
@Component
class CaseFigureRows implements FigureUpkeep {

    private static final Logger log = LoggerFactory.getLogger(CaseFigureRows.class);

    /** Pending cases computed per transaction. */
    static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final SurvivorBirths births;
    private final FigureProfiles profiles;
    private final TransactionTemplate own;

    CaseFigureRows(JdbcClient jdbc, JdbcTemplate batches, SurvivorBirths births, FigureProfiles profiles,
                   PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.births = births;
        this.profiles = profiles;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void caseChanged(long caseId) {
        refresh(List.of(caseId));
    }

    @Override
    public void clientChanged(long clientId) {
        refresh(jdbc.sql("SELECT id FROM casework_cases WHERE client_id = :client ORDER BY id")
                .param("client", clientId).query(Long.class).list());
    }

    /** A case's plain facts, as the row needs them. */
    private record Facts(long id, long organisationId, @Nullable String communeCode, String caseType, String source,
                         String sex, String ageGroup, OffsetDateTime openedAt, @Nullable OffsetDateTime closedAt,
                         boolean reopened) {
    }

    /** Recomputes the cases' rows, wholly, in the caller's transaction; they are no longer pending. */
    void refresh(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return;
        }
        jdbc.sql("SELECT id FROM casework_cases WHERE id IN (:ids) ORDER BY id FOR UPDATE")
                .param("ids", caseIds).query(Long.class).list();
        List<Facts> facts = jdbc.sql("""
                        SELECT c.id, c.organisation_id, c.commune_code, c.case_type, c.source, k.sex, k.age_group,
                               c.opened_at,
                               (SELECT MAX(z.decided_at) FROM casework_closures z WHERE z.case_id = c.id
                                       AND z.state = 'CLOSED') AS closed_at,
                               (SELECT COUNT(*) FROM casework_closures z WHERE z.case_id = c.id AND z.state = 'REOPENED')
                               AS reopenings
                        FROM casework_cases c JOIN casework_clients k ON k.id = c.client_id WHERE c.id IN (:ids)""")
                .param("ids", caseIds)
                .query((rs, row) -> new Facts(rs.getLong("id"), rs.getLong("organisation_id"),
                        rs.getString("commune_code"), rs.getString("case_type"), rs.getString("source"),
                        rs.getString("sex"), rs.getString("age_group"), rs.getObject("opened_at", OffsetDateTime.class),
                        rs.getObject("closed_at", OffsetDateTime.class), rs.getLong("reopenings") > 0))
                .list();
        Map<Long, Set<String>> types = gbvimsTypes(caseIds);
        Map<Long, Set<String>> contexts = contexts(caseIds);
        List<Object[]> rows = new ArrayList<>();
        for (Facts f : facts) {
            Set<String> caseTypes = types.getOrDefault(f.id(), Set.of());
            int profile = profiles.idOf(new FigureProfiles.Profile(f.caseType(), f.source(), f.sex(), f.ageGroup(),
                    caseTypes.isEmpty() ? FigureQueries.NO_INCIDENT : String.join(",", caseTypes),
                    String.join(",", contexts.getOrDefault(f.id(), Set.of()))));
            rows.add(new Object[] {f.id(), f.organisationId(), f.communeCode(), profile, f.openedAt(), f.closedAt(),
                    f.reopened()});
        }
        jdbc.sql("DELETE FROM casework_case_figures WHERE id IN (:ids)").param("ids", caseIds).update();
        batches.batchUpdate("""
                INSERT INTO casework_case_figures (id, organisation_id, commune_code, profile_id, opened_at, closed_at,
                                                   reopened)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", rows);
        jdbc.sql("DELETE FROM casework_case_figures_pending WHERE id IN (:ids)").param("ids", caseIds).update();
    }

    /** The distinct GBVIMS types of each case's incidents, sorted (cases without one are left out). */
    private Map<Long, Set<String>> gbvimsTypes(List<Long> caseIds) {
        Map<Long, Set<String>> types = new HashMap<>();
        jdbc.sql("SELECT DISTINCT case_id, gbvims_type FROM casework_incidents WHERE case_id IN (:ids)")
                .param("ids", caseIds)
                .query(rs -> {
                    types.computeIfAbsent(rs.getLong("case_id"), id -> new TreeSet<>()).add(rs.getString("gbvims_type"));
                });
        return types;
    }

    /** The distinct contexts derived from each case's incidents, as the case file derives them, sorted. */
    private Map<Long, Set<String>> contexts(List<Long> caseIds) {
        Map<Long, Set<String>> contexts = new HashMap<>();
        jdbc.sql("SELECT " + ContextFacts.COLUMNS + """
                         FROM casework_incidents i JOIN casework_cases c ON c.id = i.case_id
                        JOIN casework_clients k ON k.id = c.client_id
                        WHERE i.case_id IN (:ids) AND """ + ContextFacts.MAY_HAVE_CONTEXT)
                .param("ids", caseIds).param("partners", ContextFacts.PARTNER_RELATIONS)
                .query((rs, row) -> ContextFacts.read(rs)).list()
                .forEach(facts -> facts.contexts(births::birth).forEach(context ->
                        contexts.computeIfAbsent(facts.caseId(), id -> new TreeSet<>()).add(context.name())));
        return contexts;
    }

    /**
     * Recomputes every case's row (after cases were written straight into the database, as a benchmark's bulk load
     * does): lists every case as pending, then {@link #derivePending}. Returns the number of rows.
     */
    long rebuildAll() {
        own.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM casework_case_figures_pending").update();
            jdbc.sql("INSERT INTO casework_case_figures_pending (id) SELECT id FROM casework_cases").update();
        });
        derivePending();
        return jdbc.sql("SELECT COUNT(*) FROM casework_case_figures").query(Long.class).single();
    }

    /**
     * Computes the rows of the pending cases, a batch per transaction, and returns how many. Two callers at once (the
     * start and a report) compute a batch twice at worst, one after the other under the cases' locks.
     */
    int derivePending() {
        int done = 0;
        List<Long> ids;
        while (!(ids = jdbc.sql("SELECT id FROM casework_case_figures_pending ORDER BY id FETCH FIRST " + BATCH
                + " ROWS ONLY").query(Long.class).list()).isEmpty()) {
            List<Long> batch = ids;
            own.executeWithoutResult(status -> refresh(batch));
            done += batch.size();
        }
        return done;
    }

    /**
     * Once started, computes the rows the migration left pending, beside the requests, so that the first report need
     * not wait for them (it would compute what is left itself).
     */
    @EventListener(ApplicationReadyEvent.class)
    public void deriveAtStart() {
        Thread.ofVirtual().name("case-figures").start(() -> {
            try {
                int done = derivePending();
                if (done > 0) {
                    log.info("Case figures: computed the rows of {} cases", done);
                }
            } catch (RuntimeException e) {
                log.warn("Case figures: computing the pending rows at start failed; the next count computes them ({})",
                        e.getClass().getSimpleName());
            }
        });
    }
}
