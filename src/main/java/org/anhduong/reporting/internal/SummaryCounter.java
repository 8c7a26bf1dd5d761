package org.anhduong.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongPredicate;

import org.anhduong.casework.CaseCounts;
import org.anhduong.casework.CaseFacts;
import org.anhduong.casework.CaseFigureQuery;
import org.anhduong.hotline.ContactCounts;
import org.anhduong.platform.web.Ui;
import org.anhduong.programme.ProgrammeSummary;
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
     * Asks every module at once, each on its own virtual thread and connection: the report takes as long as its
     * slowest source rather than their sum. The sources run with the system's authority and need no signed-in user.
     */
    FigureSheet count(LocalDate from, LocalDate to, ScopeFilter scope, @Nullable String commune) {
        Instant start = from.atStartOfDay(Ui.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(Ui.ZONE).toInstant();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<ContactCounts> contacts = threads.submit(() -> sources.contacts(from, to));
            Future<CaseCounts> cases = threads.submit(() -> sources.cases(new CaseFigureQuery(from, to,
                    scope.organisationId(), scope.communeCodes(), scope.statisticsConsentOnly())));
            Future<List<ShelterRows.Episode>> episodes = threads.submit(() -> sources.episodes(from, to));
            Future<List<ShelterRows.Stay>> stays = threads.submit(() -> sources.stays(from, to));
            Future<List<ShelterRows.Care>> care = threads.submit(() -> sources.care(to));
            Future<List<ReferralCounting.Row>> referrals = threads.submit(() -> sources.referrals(start, end));
            Future<ProgrammeSummary> programme = threads.submit(() -> sources.programme(from, to, commune));

            FigureSheet sheet = new FigureSheet();
            ContactCounting.count(result(contacts), scope, sheet);
            CaseCounting.count(result(cases), sheet);
            LongPredicate inScope = caseScope(scope, result(episodes), result(stays), result(care), result(referrals));
            EmergencyCounting.episodes(result(episodes), from, to, inScope, sheet);
            EmergencyCounting.stays(result(stays), from, to, sources.today(), inScope, sheet);
            EmergencyCounting.care(result(care), inScope, sheet);
            ReferralCounting.count(result(referrals), start, end, inScope, sheet);
            ProgrammeCounting.count(result(programme), sheet);
            return sheet;
        }
    }

    /** A source's answer, or what it threw, as if it had been called on this thread. */
    private static <T> T result(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting a report", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
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
