package org.anhduong.casework.internal.figures;

import org.anhduong.casework.CaseDimension;
import org.anhduong.casework.CaseTally;
import org.anhduong.casework.CaseType;
import org.anhduong.casework.GbvimsType;
import org.anhduong.casework.IncidentContext;
import org.anhduong.casework.internal.FigureScope;
import org.anhduong.hotline.AgeGroup;
import org.anhduong.hotline.Sex;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The opened, closed and active {@link CaseTally}s of a period from the rows of {@link FigureQueries#tallies}. Enum
 * dimensions list every value (0 when none).
 */
@Component
class TallyMaking {

    private final FigureQueries queries;

    TallyMaking(FigureQueries queries) {
        this.queries = queries;
    }

    /** The three tallies and the rows they were made from (which hold the source and trafficking counts too). */
    record Tallies(CaseTally opened, CaseTally closed, CaseTally active, List<FigureQueries.Row> rows) {
    }

    Tallies tallies(FigureScope scope, Period period) {
        List<FigureQueries.Row> rows = queries.tallies(scope, period);
        return new Tallies(tally(rows, FigureQueries.Row::opened), tally(rows, FigureQueries.Row::closed),
                tally(rows, FigureQueries.Row::active), rows);
    }

    private static CaseTally tally(List<FigureQueries.Row> rows, ToLongFunction<FigureQueries.Row> count) {
        long total = rows.stream().filter(r -> r.kind().equals(FigureQueries.TOTAL)).mapToLong(count).sum();
        Map<CaseDimension, Map<String, Long>> by = new EnumMap<>(CaseDimension.class);
        by.put(CaseDimension.CASE_TYPE, zeros(CaseType.values(), false));
        by.put(CaseDimension.GBVIMS_TYPE, zeros(GbvimsType.values(), true));
        by.put(CaseDimension.CONTEXT, zeros(IncidentContext.values(), true));
        by.put(CaseDimension.SEX, zeros(Sex.values(), false));
        by.put(CaseDimension.AGE_GROUP, zeros(AgeGroup.values(), false));
        by.put(CaseDimension.COMMUNE, new LinkedHashMap<>());
        for (FigureQueries.Row row : rows) {
            long cases = count.applyAsLong(row);
            if (cases > 0) {
                dimension(row.kind()).ifPresent(d -> by.get(d).merge(row.value(), cases, Long::sum));
            }
        }
        return new CaseTally(total, by);
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
