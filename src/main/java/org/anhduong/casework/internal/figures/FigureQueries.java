package org.anhduong.casework.internal.figures;

import org.anhduong.casework.internal.FigureScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures' SQL: one grouped statement for the opened, closed and active sets and all their plain dimensions, one
 * for the incident facts their contexts are derived from, and plain counts and ids of one set for the rest and the
 * drill-down. Sets and scope are conditions on {@code casework_cases c} ({@link CaseSets}, {@link FigureScope}).
 */
@Repository
class FigureQueries {

    /** The kinds of rows {@link #tally} answers besides the dimensions. */
    static final String TOTAL = "TOTAL";
    static final String SOURCE = "SOURCE";
    static final String TRAFFICKING_SEX = "TRAFFICKING_SEX";

    private final JdbcClient jdbc;

    FigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A grouped row: what it counts (a dimension's name or one of the kinds above), the value, and the distinct cases
     * with it among those opened in the period, closed in it and active at its end.
     */
    record Row(String kind, String value, long opened, long closed, long active) {
    }

    /**
     * The totals of the opened, closed and active sets and their counts per case type, sex, age group, commune,
     * GBVIMS type (distinct cases over their incidents, UNKNOWN without one), source, and the sexes of trafficking
     * cases, in one statement: the cases are read once, flagged for each set ({@link CaseSets#FLAGS}), and grouped
     * several ways.
     */
    List<Row> tallies(FigureScope scope, Period period) {
        String sql = """
                WITH s AS (
                    SELECT f.id, f.case_type, f.source, f.commune_code, k.sex, k.age_group, f.o, f.z, f.a
                    FROM %s JOIN casework_clients k ON k.id = f.client_id),
                g AS (SELECT DISTINCT s.id, s.o, s.z, s.a, COALESCE(i.gbvims_type, 'UNKNOWN') AS gbvims_type
                      FROM s LEFT JOIN casework_incidents i ON i.case_id = s.id)
                SELECT CAST('TOTAL' AS VARCHAR(30)) AS kind, CAST('ALL' AS VARCHAR(40)) AS val,
                       SUM(s.o) AS o, SUM(s.z) AS z, SUM(s.a) AS a FROM s
                UNION ALL SELECT 'CASE_TYPE', s.case_type, SUM(s.o), SUM(s.z), SUM(s.a) FROM s GROUP BY s.case_type
                UNION ALL SELECT 'SEX', s.sex, SUM(s.o), SUM(s.z), SUM(s.a) FROM s GROUP BY s.sex
                UNION ALL SELECT 'AGE_GROUP', s.age_group, SUM(s.o), SUM(s.z), SUM(s.a) FROM s GROUP BY s.age_group
                UNION ALL SELECT 'COMMUNE', COALESCE(s.commune_code, 'UNKNOWN'), SUM(s.o), SUM(s.z), SUM(s.a) FROM s
                          GROUP BY COALESCE(s.commune_code, 'UNKNOWN')
                UNION ALL SELECT 'GBVIMS_TYPE', g.gbvims_type, SUM(g.o), SUM(g.z), SUM(g.a) FROM g GROUP BY g.gbvims_type
                UNION ALL SELECT 'SOURCE', s.source, SUM(s.o), SUM(s.z), SUM(s.a) FROM s GROUP BY s.source
                UNION ALL SELECT 'TRAFFICKING_SEX', s.sex, SUM(s.o), SUM(s.z), SUM(s.a) FROM s
                          WHERE s.case_type = 'TRAFFICKING' GROUP BY s.sex"""
                .formatted(CaseSets.FLAGGED.formatted(scope.where()));
        return jdbc.sql(sql).params(params(scope, period))
                .query((rs, row) -> new Row(rs.getString("kind"), rs.getString("val"), rs.getLong("o"),
                        rs.getLong("z"), rs.getLong("a")))
                .list();
    }

    /** A context's facts and the sets its case is in. */
    record FlaggedContext(ContextFacts facts, boolean opened, boolean closed, boolean active) {
    }

    /** The facts of the incidents that may have a derived context, of the cases in any of the three sets. */
    List<FlaggedContext> flaggedContexts(FigureScope scope, Period period) {
        return jdbc.sql("SELECT " + ContextFacts.COLUMNS + ", f.o, f.z, f.a FROM "
                        + CaseSets.FLAGGED.formatted(scope.where())
                        + " JOIN casework_clients k ON k.id = f.client_id JOIN casework_incidents i ON i.case_id = f.id"
                        + " WHERE " + ContextFacts.MAY_HAVE_CONTEXT)
                .params(params(scope, period)).param("partners", ContextFacts.PARTNER_RELATIONS)
                .query((rs, row) -> new FlaggedContext(ContextFacts.read(rs), rs.getInt("o") == 1,
                        rs.getInt("z") == 1, rs.getInt("a") == 1))
                .list();
    }

    /** Distinct cases of the set. */
    long count(String set, FigureScope scope, Period period) {
        return jdbc.sql("SELECT COUNT(*) FROM casework_cases c WHERE " + scope.where() + " AND " + set)
                .params(params(scope, period)).query(Long.class).single();
    }

    /** The facts of the set's incidents that may have a derived context (the others have none). */
    List<ContextFacts> contextFacts(String set, Map<String, ?> setParams, FigureScope scope, Period period) {
        Map<String, Object> params = params(scope, period);
        params.putAll(setParams);
        return jdbc.sql("SELECT " + ContextFacts.COLUMNS
                        + " FROM casework_cases c JOIN casework_clients k ON k.id = c.client_id"
                        + " JOIN casework_incidents i ON i.case_id = c.id"
                        + " WHERE " + scope.where() + " AND " + set + " AND " + ContextFacts.MAY_HAVE_CONTEXT)
                .params(params).param("partners", ContextFacts.PARTNER_RELATIONS)
                .query((rs, row) -> ContextFacts.read(rs)).list();
    }

    /**
     * The ids of the set's cases matching {@code filter} (a condition on {@code c} and {@code casework_clients k}),
     * newest first.
     */
    List<Long> ids(String set, String filter, Map<String, ?> filterParams, FigureScope scope, Period period) {
        Map<String, Object> params = params(scope, period);
        params.putAll(filterParams);
        return jdbc.sql("SELECT c.id FROM casework_cases c JOIN casework_clients k ON k.id = c.client_id WHERE "
                        + scope.where() + " AND " + set + " AND " + filter + " ORDER BY c.opened_at DESC, c.id DESC")
                .params(params).query(Long.class).list();
    }

    static Map<String, Object> params(FigureScope scope, Period period) {
        Map<String, Object> params = new HashMap<>(scope.params());
        params.putAll(period.params());
        return params;
    }
}
