package org.anhduong.casework;

import java.util.Collection;
import java.util.Map;

import org.jspecify.annotations.Nullable;

public interface CaseFigures {
    CaseCounts count(CaseFigureQuery query);

    Map<Long, CaseFacts> facts(Collection<Long> caseIds);

    CasePage casesBehind(CaseFigureQuery query, CaseMeasure measure, @Nullable CaseDimension dimension,
                         @Nullable String value, int page);
}
