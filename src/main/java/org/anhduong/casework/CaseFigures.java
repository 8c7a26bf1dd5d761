package org.anhduong.casework;

import java.util.Collection;
import java.util.Map;

public interface CaseFigures {
    CaseCounts count(CaseFigureQuery query);

    Map<Long, CaseFacts> facts(Collection<Long> caseIds);
}
