package org.anhduong.programme.internal;

import org.anhduong.programme.Model;
import org.anhduong.programme.ModelStatus;
import org.anhduong.programme.ProgrammeSummary.KindCount;
import org.anhduong.programme.ProgrammeSummary.ModelFigures;
import org.anhduong.programme.StatusSpan;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which models count for a period and under which status (see {@link org.anhduong.programme.ProgrammeSummary}): a
 * model counts when one of its status spans overlaps the period, under the last of those.
 */
final class ModelCount {

    static final String PILOT_KIND = "PILOT";

    private ModelCount() {
    }

    /** The status a model counts under in the period, empty when it does not count. */
    static Optional<ModelStatus> statusIn(Model model, LocalDate from, LocalDate to) {
        ModelStatus last = null;
        for (StatusSpan span : model.statuses()) {
            if (span.overlaps(from, to)) {
                last = span.status();
            }
        }
        return Optional.ofNullable(last);
    }

    static boolean pilot(Model model) {
        return model.pilot() || PILOT_KIND.equals(model.kind());
    }

    static ModelFigures figures(List<Model> models, LocalDate from, LocalDate to, @Nullable String communeCode) {
        Map<ModelStatus, Long> byStatus = new EnumMap<>(ModelStatus.class);
        for (ModelStatus status : ModelStatus.values()) {
            byStatus.put(status, 0L);
        }
        Map<String, Map<ModelStatus, Long>> byKind = new TreeMap<>();
        long total = 0;
        long pilots = 0;
        Set<String> pilotCommunes = new HashSet<>();
        for (Model model : models) {
            if (communeCode != null && !model.communes().contains(communeCode)) {
                continue;
            }
            Optional<ModelStatus> status = statusIn(model, from, to);
            if (status.isEmpty()) {
                continue;
            }
            total++;
            byStatus.merge(status.get(), 1L, Long::sum);
            byKind.computeIfAbsent(model.kind(), k -> new EnumMap<>(ModelStatus.class))
                    .merge(status.get(), 1L, Long::sum);
            if (pilot(model)) {
                pilots++;
                pilotCommunes.addAll(communeCode == null ? model.communes() : List.of(communeCode));
            }
        }
        var kinds = new ArrayList<KindCount>();
        byKind.forEach((kind, counts) -> counts.forEach((status, n) -> kinds.add(new KindCount(kind, status, n))));
        return new ModelFigures(total, byStatus, kinds, pilots, pilotCommunes.size());
    }
}
