package org.anhduong.casework.internal.figures;

import org.anhduong.casework.CaseDimension;
import org.anhduong.casework.CaseTally;
import org.anhduong.casework.CaseType;
import org.anhduong.casework.GbvimsType;
import org.anhduong.casework.IncidentContext;
import org.anhduong.casework.internal.FigureScope;
import org.anhduong.casework.internal.SurvivorBirths;
import org.anhduong.hotline.AgeGroup;
import org.anhduong.hotline.Sex;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * The opened, closed and active {@link CaseTally}s of a period from the grouped rows of {@link FigureQueries#tallies}
 * and the contexts derived from their incidents. Enum dimensions list every value (0 when none).
 */
@Component
class TallyMaking {

    private final FigureQueries queries;
    private final SurvivorBirths births;

    TallyMaking(FigureQueries queries, SurvivorBirths births) {
        this.queries = queries;
        this.births = births;
    }

    /** The three tallies and the rows they were made from (which hold the source and trafficking counts too). */
    record Tallies(CaseTally opened, CaseTally closed, CaseTally active, List<FigureQueries.Row> rows) {
    }

    Tallies tallies(FigureScope scope, Period period) {
        List<FigureQueries.Row> rows = queries.tallies(scope, period);
        List<Derived> contexts = queries.flaggedContexts(scope, period).stream()
                .map(row -> new Derived(row, row.facts().contexts(births::birth))).toList();
        return new Tallies(
                tally(rows, FigureQueries.Row::opened, contexts(contexts, FigureQueries.FlaggedContext::opened)),
                tally(rows, FigureQueries.Row::closed, contexts(contexts, FigureQueries.FlaggedContext::closed)),
                tally(rows, FigureQueries.Row::active, contexts(contexts, FigureQueries.FlaggedContext::active)),
                rows);
    }

    /** An incident's contexts, derived once for the three sets. */
    private record Derived(FigureQueries.FlaggedContext row, Set<IncidentContext> contexts) {
    }

    private static CaseTally tally(List<FigureQueries.Row> rows, ToLongFunction<FigureQueries.Row> count,
                                   Map<IncidentContext, Set<Long>> contexts) {
        long total = rows.stream().filter(r -> r.kind().equals(FigureQueries.TOTAL)).mapToLong(count).sum();
        Map<CaseDimension, Map<String, Long>> by = new EnumMap<>(CaseDimension.class);
        by.put(CaseDimension.CASE_TYPE, zeros(CaseType.values(), false));
        by.put(CaseDimension.GBVIMS_TYPE, zeros(GbvimsType.values(), true));
        by.put(CaseDimension.SEX, zeros(Sex.values(), false));
        by.put(CaseDimension.AGE_GROUP, zeros(AgeGroup.values(), false));
        by.put(CaseDimension.COMMUNE, new LinkedHashMap<>());
        for (FigureQueries.Row row : rows) {
            long cases = count.applyAsLong(row);
            if (cases > 0) {
                dimension(row.kind()).ifPresent(d -> by.get(d).merge(row.value(), cases, Long::sum));
            }
        }
        Map<String, Long> byContext = zeros(IncidentContext.values(), false);
        Set<Long> withAny = new HashSet<>();
        contexts.forEach((context, ids) -> {
            byContext.put(context.name(), (long) ids.size());
            withAny.addAll(ids);
        });
        byContext.put(CaseTally.UNKNOWN, total - withAny.size());
        by.put(CaseDimension.CONTEXT, byContext);
        return new CaseTally(total, by);
    }

    /** The cases of one set per derived context. */
    private static Map<IncidentContext, Set<Long>> contexts(List<Derived> derived,
                                                            Predicate<FigureQueries.FlaggedContext> inSet) {
        Map<IncidentContext, Set<Long>> cases = new EnumMap<>(IncidentContext.class);
        for (Derived one : derived) {
            if (inSet.test(one.row())) {
                for (IncidentContext context : one.contexts()) {
                    cases.computeIfAbsent(context, c -> new HashSet<>()).add(one.row().facts().caseId());
                }
            }
        }
        return cases;
    }

    private static Optional<CaseDimension> dimension(String kind) {
        for (CaseDimension d : CaseDimension.values()) {
            if (d.name().equals(kind)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static Map<String, Long> zeros(Enum<?>[] values, boolean unknown) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Enum<?> value : values) {
            counts.put(value.name(), 0L);
        }
        if (unknown) {
            counts.put(CaseTally.UNKNOWN, 0L);
        }
        return counts;
    }
}
