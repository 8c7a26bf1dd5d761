package org.anhduong.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

import org.anhduong.casework.CaseFacts;
import org.anhduong.casework.CaseFigureQuery;
import org.anhduong.platform.web.Ui;
import org.jspecify.annotations.Nullable;

/**
 * Counts one report's sheet: contacts and cases are counted by their modules in the scope; shelter's and referral's
 * rows are counted here, after asking casework which of their cases are in the scope.
 */
final class SummaryCounter {

    private final FigureSources sources;

    SummaryCounter(FigureSources sources) {
        this.sources = sources;
    }

    /**
     * Asks the modules one after another. Asking them at once on virtual threads was measured (bench/RESULTS.md): it
     * let one report run seven statements at once and took both cores from the live-call screen.
     */
    FigureSheet count(LocalDate from, LocalDate to, ScopeFilter scope, @Nullable String commune) {
        FigureSheet sheet = new FigureSheet();
        ContactCounting.count(sources.contacts(from, to), scope, sheet);
        CaseCounting.count(sources.cases(new CaseFigureQuery(from, to, scope.organisationId(), scope.communeCodes(),
                scope.statisticsConsentOnly())), sheet);

        List<ShelterRows.Episode> episodes = sources.episodes(from, to);
        List<ShelterRows.Stay> stays = sources.stays(from, to);
        List<ShelterRows.Care> care = sources.care(to);
        Instant start = from.atStartOfDay(Ui.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(Ui.ZONE).toInstant();
        List<ReferralCounting.Row> referrals = sources.referrals(start, end);

        LongPredicate inScope = caseScope(scope, episodes, stays, care, referrals);
        EmergencyCounting.episodes(episodes, from, to, inScope, sheet);
        EmergencyCounting.stays(stays, from, to, sources.today(), inScope, sheet);
        EmergencyCounting.care(care, inScope, sheet);
        ReferralCounting.count(referrals, start, end, inScope, sheet);
        ProgrammeCounting.count(sources.programme(from, to, commune), sheet);
        return sheet;
    }

    /** Everything is in an unrestricted scope; otherwise casework tells, case by case. */
    private LongPredicate caseScope(ScopeFilter scope, List<ShelterRows.Episode> episodes,
                                    List<ShelterRows.Stay> stays, List<ShelterRows.Care> care,
                                    List<ReferralCounting.Row> referrals) {
        if (scope.equals(ScopeFilter.everything())) {
            return caseId -> true;
        }
        Set<Long> ids = new HashSet<>();
        episodes.forEach(row -> ids.add(row.caseId()));
        stays.forEach(row -> ids.add(row.caseId()));
        care.forEach(row -> ids.add(row.caseId()));
        referrals.forEach(row -> ids.add(row.caseId()));
        Map<Long, CaseFacts> facts = ids.isEmpty() ? Map.of() : new HashMap<>(sources.caseFacts(ids));
        return caseId -> {
            CaseFacts fact = facts.get(caseId);
            return fact != null && scope.includesCase(fact.organisationId(), fact.communeCode(),
                    fact.statisticsConsent());
        };
    }
}
