package org.anhduong.casework.internal.figures;

import org.anhduong.casework.CaseCounts;
import org.anhduong.casework.CaseDimension;
import org.anhduong.casework.CaseFacts;
import org.anhduong.casework.CaseFigureQuery;
import org.anhduong.casework.CaseFigures;
import org.anhduong.casework.CaseMeasure;
import org.anhduong.casework.CasePage;
import org.anhduong.casework.CaseSource;
import org.anhduong.casework.HandoverCounts;
import org.anhduong.casework.IncidentRecord;
import org.anhduong.casework.internal.FigureScope;
import org.anhduong.casework.internal.SurvivorBirths;
import org.anhduong.casework.internal.handover.HandoverCounting;
import org.anhduong.hotline.Sex;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The case figures for the reports (see {@link CaseFigures}; the counting rules are on {@link CaseCounts}). */
@Service
class CaseFiguresService implements CaseFigures {

    private final FigureQueries queries;
    private final TallyMaking tallies;
    private final IncidentDataset dataset;
    private final CaseFactsReading facts;
    private final CasesBehind behind;
    private final HandoverCounting handovers;
    private final SurvivorBirths births;
    private final CaseFigureRows rows;
    private final Clock clock;

    CaseFiguresService(FigureQueries queries, TallyMaking tallies, IncidentDataset dataset, CaseFactsReading facts,
                       CasesBehind behind, HandoverCounting handovers, SurvivorBirths births, CaseFigureRows rows,
                       Clock clock) {
        this.queries = queries;
        this.tallies = tallies;
        this.dataset = dataset;
        this.facts = facts;
        this.behind = behind;
        this.handovers = handovers;
        this.births = births;
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    public CaseCounts count(CaseFigureQuery query) {
        Period period = Period.of(query);
        FigureScope scope = scope(query);
        rows.derivePending();
        TallyMaking.Tallies sets = tallies.tallies(scope, period);
        List<FigureQueries.Row> openedRows = sets.rows();
        long counselled = queries.count(CaseSets.DIRECT_COUNSELLING, scope, period);
        long from111 = openedRows.stream()
                .filter(r -> r.kind().equals(FigureQueries.SOURCE)
                        && r.value().equals(CaseSource.NATIONAL_HOTLINE_111.name()))
                .mapToLong(FigureQueries.Row::opened).sum();
        Map<Sex, Long> trafficking = new EnumMap<>(Sex.class);
        openedRows.stream().filter(r -> r.kind().equals(FigureQueries.TRAFFICKING_SEX))
                .forEach(r -> trafficking.put(Sex.valueOf(r.value()), r.opened()));
        HandoverCounts handedOver = handovers.traffickingCounts(query.from(), query.to(), scope);
        return new CaseCounts(query.from(), query.to(), sets.opened(), sets.closed(), sets.active(), counselled, from111, trafficking,
                handedOver.toFamily(), handedOver.toOrganisation());
    }

    @Override
    public Map<Long, CaseFacts> facts(Collection<Long> caseIds) {
        return facts.of(caseIds, today());
    }

    @Override
    public List<IncidentRecord> incidents(CaseFigureQuery query) {
        return dataset.records(scope(query), Period.of(query), births::birth);
    }

    @Override
    public CasePage casesBehind(CaseFigureQuery query, CaseMeasure measure, @Nullable CaseDimension dimension,
                                @Nullable String value, int page) {
        return behind.page(scope(query), Period.of(query), CaseSets.of(measure), dimension, value, page);
    }

    private FigureScope scope(CaseFigureQuery query) {
        return FigureScope.of(query, today());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Period.ZONE));
    }
}
