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
import java.util.Set;

/**
 * A {@link CaseTally} from the grouped rows of {@link FigureQueries#tally} and the contexts derived from the set's
 * incidents. Enum dimensions list every value (0 when none).
 */
@Component
class TallyMaking {

    private final FigureQueries queries;
    private final SurvivorBirths births;

    TallyMaking(FigureQueries queries, SurvivorBirths births) {
        this.queries = queries;
        this.births = births;
    }

    CaseTally tally(List<FigureQueries.Row> rows, String set, FigureScope scope, Period period) {
        long total = rows.stream().filter(r -> r.kind().equals(FigureQueries.TOTAL))
                .mapToLong(FigureQueries.Row::cases).sum();
        Map<CaseDimension, Map<String, Long>> by = new EnumMap<>(CaseDimension.class);
        by.put(CaseDimension.CASE_TYPE, zeros(CaseType.values(), false));
        by.put(CaseDimension.GBVIMS_TYPE, zeros(GbvimsType.values(), true));
        by.put(CaseDimension.SEX, zeros(Sex.values(), false));
        by.put(CaseDimension.AGE_GROUP, zeros(AgeGroup.values(), false));
        by.put(CaseDimension.COMMUNE, new LinkedHashMap<>());
        for (FigureQueries.Row row : rows) {
            dimension(row.kind()).ifPresent(d -> by.get(d).merge(row.value(), row.cases(), Long::sum));
        }
        by.put(CaseDimension.CONTEXT, contexts(total, set, scope, period));
        return new CaseTally(total, by);
    }

    /** Distinct cases per derived context; UNKNOWN for the cases none of whose incidents has one. */
    private Map<String, Long> contexts(long total, String set, FigureScope scope, Period period) {
        Map<IncidentContext, Set<Long>> cases = new EnumMap<>(IncidentContext.class);
        Set<Long> withAny = new HashSet<>();
        for (ContextFacts facts : queries.contextFacts(set, scope, period)) {
            for (IncidentContext context : facts.contexts(births::birth)) {
                cases.computeIfAbsent(context, c -> new HashSet<>()).add(facts.caseId());
                withAny.add(facts.caseId());
            }
        }
        Map<String, Long> counts = zeros(IncidentContext.values(), false);
        cases.forEach((context, ids) -> counts.put(context.name(), (long) ids.size()));
        counts.put(CaseTally.UNKNOWN, total - withAny.size());
        return counts;
    }

    private static java.util.Optional<CaseDimension> dimension(String kind) {
        for (CaseDimension d : CaseDimension.values()) {
            if (d.name().equals(kind)) {
                return java.util.Optional.of(d);
            }
        }
        return java.util.Optional.empty();
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
