package org.anhduong.casework.internal.figures;

import org.anhduong.casework.internal.FigureScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures' SQL: one grouped query per set of cases for all its plain dimensions, and the incident facts its
 * contexts are derived from. Sets and scope are conditions on {@code casework_cases c} ({@link CaseSets},
 * {@link FigureScope}).
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

    /** A grouped row: what it counts (a dimension's name or one of the kinds above), the value, distinct cases. */
    record Row(String kind, String value, long cases) {
    }

    /**
     * The set's total and its counts per case type, sex, age group, commune, GBVIMS type (distinct cases over their
     * incidents, UNKNOWN without one), source, and the sexes of its trafficking cases, in one statement: the set is
     * selected once and grouped several ways.
     */
    List<Row> tally(String set, FigureScope scope, Period period) {
        String sql = """
                WITH s AS (
                    SELECT c.id, c.case_type, c.source, c.commune_code, k.sex, k.age_group
                    FROM casework_cases c JOIN casework_clients k ON k.id = c.client_id
                    WHERE %s AND %s)
                SELECT CAST('TOTAL' AS VARCHAR(30)) AS kind, CAST('ALL' AS VARCHAR(40)) AS val, COUNT(*) AS n FROM s
                UNION ALL SELECT 'CASE_TYPE', s.case_type, COUNT(*) FROM s GROUP BY s.case_type
                UNION ALL SELECT 'SEX', s.sex, COUNT(*) FROM s GROUP BY s.sex
                UNION ALL SELECT 'AGE_GROUP', s.age_group, COUNT(*) FROM s GROUP BY s.age_group
                UNION ALL SELECT 'COMMUNE', COALESCE(s.commune_code, 'UNKNOWN'), COUNT(*) FROM s
                          GROUP BY COALESCE(s.commune_code, 'UNKNOWN')
                UNION ALL SELECT 'GBVIMS_TYPE', COALESCE(i.gbvims_type, 'UNKNOWN'), COUNT(DISTINCT s.id)
                          FROM s LEFT JOIN casework_incidents i ON i.case_id = s.id
                          GROUP BY COALESCE(i.gbvims_type, 'UNKNOWN')
                UNION ALL SELECT 'SOURCE', s.source, COUNT(*) FROM s GROUP BY s.source
                UNION ALL SELECT 'TRAFFICKING_SEX', s.sex, COUNT(*) FROM s WHERE s.case_type = 'TRAFFICKING'
                          GROUP BY s.sex""".formatted(scope.where(), set);
        return jdbc.sql(sql).params(params(scope, period))
                .query((rs, row) -> new Row(rs.getString("kind"), rs.getString("val"), rs.getLong("n"))).list();
    }

    /** Distinct cases of the set. */
    long count(String set, FigureScope scope, Period period) {
        return jdbc.sql("SELECT COUNT(*) FROM casework_cases c WHERE " + scope.where() + " AND " + set)
                .params(params(scope, period)).query(Long.class).single();
    }

    /** The facts of the set's incidents that may have a derived context (the others have none). */
    List<ContextFacts> contextFacts(String set, FigureScope scope, Period period) {
        return contextFacts(set, Map.of(), scope, period);
    }

    /** The same, for a set with parameters of its own. */
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
