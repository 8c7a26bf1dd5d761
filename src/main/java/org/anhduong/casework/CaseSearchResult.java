package org.anhduong.casework;

import java.util.List;

/**
 * What a search found: the cases the user may read, and for the others only which organisations hold a matching case,
 * so the user can contact its supervisor.
 *
 * @param elsewhere organisations (by id and name) with a matching case the user may not read
 */
public record CaseSearchResult(List<CaseSummary> cases, List<Elsewhere> elsewhere) {

    public static final int LIMIT = 50;

    public CaseSearchResult {
        cases = List.copyOf(cases);
        elsewhere = List.copyOf(elsewhere);
    }

    /** An organisation holding a matching case the user may not read. */
    public record Elsewhere(long organisationId, String organisationName) {
    }
}
