package org.anhduong.casework.internal.figures;

import org.anhduong.casework.CaseDimension;
import org.anhduong.casework.CaseTally;
import org.anhduong.casework.CaseType;
import org.anhduong.casework.internal.FigureScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures' SQL: one grouped statement over the reports' rows for the opened, closed and active sets and all their
 * dimensions, and plain counts, incident facts and ids of one set for the rest and the drill-down. Sets and scope are
 * conditions on {@code casework_cases c} ({@link CaseSets}, {@link FigureScope}), or on the reports' rows under the same
 * alias, which carry the columns the scope reads.
 */
@Repository
class FigureQueries {

    /** The kinds of rows {@link #tally} answers besides the dimensions. */
    static final String TOTAL = "TOTAL";
    static final String SOURCE = "SOURCE";
    static final String TRAFFICKING_SEX = "TRAFFICKING_SEX";

    private final JdbcClient jdbc;
    private final FigureProfiles profiles;

    FigureQueries(JdbcClient jdbc, FigureProfiles profiles) {
        this.jdbc = jdbc;
        this.profiles = profiles;
    }

    /** The GBVIMS "type" of a case without an incident. */
    static final String NO_INCIDENT = CaseTally.UNKNOWN;

    /**
     * A tally row: what it counts (a dimension's name or one of the kinds above), the value, and the distinct cases
     * with it among those opened in the period, closed in it and active at its end.
     */
    record Row(String kind, String value, long opened, long closed, long active) {
    }

    /**
     * The totals of the opened, closed and active sets and their counts per case type, sex, age group, commune, GBVIMS
     * type (a case under each of its incidents' types, UNKNOWN without one), derived context (under each, UNKNOWN with
     * none), source, and the sexes of trafficking cases: the reports' rows of the scope ({@link CaseFigureRows}) are
     * flagged for each set ({@link CaseSets#ROW_FLAGS}; the few reopened cases apart, as only they need their closures
     * read), grouped by commune and profile, and summed here each way.
     */
    List<Row> tallies(FigureScope scope, Period period) {
        String rows = "SELECT c.commune_code, c.profile_id, %s FROM casework_case_figures c WHERE %s AND %s AND c.reopened = %s";
        String sql = """
                SELECT f.commune_code, f.profile_id, f.o, f.z, f.a, COUNT(*) AS cases
                FROM (%s UNION ALL %s) f
                GROUP BY f.commune_code, f.profile_id, f.o, f.z, f.a""".formatted(
                rows.formatted(CaseSets.ROW_FLAGS, scope.where(), CaseSets.MAY_BE_FLAGGED, "FALSE"),
                rows.formatted(CaseSets.REOPENED_ROW_FLAGS, scope.where(), CaseSets.MAY_BE_FLAGGED, "TRUE"));
        record Group(@Nullable String commune, int profile, long[] cases) {
        }
        List<Group> groups = jdbc.sql(sql).params(params(scope, period)).query((rs, row) -> {
            long cases = rs.getLong("cases");
            return new Group(rs.getString("commune_code"), rs.getInt("profile_id"),
                    new long[] {rs.getInt("o") * cases, rs.getInt("z") * cases, rs.getInt("a") * cases});
        }).list();
        // Summed by profile and by commune first: a province's year has tens of thousands of groups, a few hundred
        // profiles.
        Map<Integer, long[]> byProfile = new HashMap<>();
        Map<String, long[]> byCommune = new LinkedHashMap<>();
        for (Group group : groups) {
            plus(byProfile.computeIfAbsent(group.profile(), p -> new long[3]), group.cases());
            plus(byCommune.computeIfAbsent(group.commune() == null ? CaseTally.UNKNOWN : group.commune(),
                    c -> new long[3]), group.cases());
        }
        Map<Integer, FigureProfiles.Profile> known = profiles.of(byProfile.keySet());
        Map<List<String>, long[]> sums = new LinkedHashMap<>();
        byCommune.forEach((commune, add) -> add(sums, CaseDimension.COMMUNE.name(), commune, add));
        byProfile.forEach((id, add) -> {
            FigureProfiles.Profile profile = known.get(id);
            add(sums, TOTAL, "ALL", add);
            add(sums, CaseDimension.CASE_TYPE.name(), profile.caseType(), add);
            add(sums, CaseDimension.SEX.name(), profile.sex(), add);
            add(sums, CaseDimension.AGE_GROUP.name(), profile.ageGroup(), add);
            add(sums, SOURCE, profile.source(), add);
            if (profile.caseType().equals(CaseType.TRAFFICKING.name())) {
                add(sums, TRAFFICKING_SEX, profile.sex(), add);
            }
            for (String gbvims : profile.gbvimsTypes().split(",")) {
                add(sums, CaseDimension.GBVIMS_TYPE.name(), gbvims, add);
            }
            String contexts = profile.contexts();
            for (String context : contexts.isEmpty() ? new String[] {CaseTally.UNKNOWN} : contexts.split(",")) {
                add(sums, CaseDimension.CONTEXT.name(), context, add);
            }
        });
        return sums.entrySet().stream().map(e -> new Row(e.getKey().get(0), e.getKey().get(1), e.getValue()[0],
                e.getValue()[1], e.getValue()[2])).toList();
    }

    private static void add(Map<List<String>, long[]> sums, String kind, String value, long[] add) {
        plus(sums.computeIfAbsent(List.of(kind, value), k -> new long[3]), add);
    }

    private static void plus(long[] sum, long[] add) {
        for (int i = 0; i < 3; i++) {
            sum[i] += add[i];
        }
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
