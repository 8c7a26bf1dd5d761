package org.anhduong.casework.internal.figures;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.casework.CaseDimension;
import org.anhduong.casework.CaseFigures;
import org.anhduong.casework.CasePage;
import org.anhduong.casework.CaseSummary;
import org.anhduong.casework.CaseTally;
import org.anhduong.casework.CaseType;
import org.anhduong.casework.GbvimsType;
import org.anhduong.casework.IncidentContext;
import org.anhduong.casework.internal.CaseAccess;
import org.anhduong.casework.internal.Cases;
import org.anhduong.casework.internal.CaseworkTransactions;
import org.anhduong.casework.internal.FigureScope;
import org.anhduong.casework.internal.NeedToKnow;
import org.anhduong.casework.internal.SurvivorBirths;
import org.anhduong.hotline.AgeGroup;
import org.anhduong.hotline.Sex;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The drill-down ({@link CaseFigures#casesBehind}): a measure's cases, in the dimension's value, among those the user's
 * team holds (the case list's rule, {@link NeedToKnow#VISIBLE_SQL}); audited as {@code case.list}.
 */
@Component
class CasesBehind {

    private static final String LIST = "case.list";
    private static final String ORDER = "c.opened_at DESC, c.id DESC";

    private final CaseAccess access;
    private final Cases cases;
    private final FigureQueries queries;
    private final SurvivorBirths births;
    private final AuditTrail audit;
    private final CaseworkTransactions tx;

    CasesBehind(CaseAccess access, Cases cases, FigureQueries queries, SurvivorBirths births, AuditTrail audit,
                CaseworkTransactions tx) {
        this.access = access;
        this.cases = cases;
        this.queries = queries;
        this.births = births;
        this.audit = audit;
        this.tx = tx;
    }

    CasePage page(FigureScope scope, Period period, String set, @Nullable CaseDimension dimension,
                  @Nullable String value, int page) {
        if (page < 1) {
            throw new InvalidInputException("page", "casework.page.invalid");
        }
        Filter filter = Filter.of(dimension, value);
        return tx.run(() -> {
            UserPrincipal user = access.user(LIST, null);
            audit.record(AuditEntry.success(LIST, "case", null));
            if (!NeedToKnow.worksCases(user)) {
                return new CasePage(List.of(), page, CaseFigures.PAGE_SIZE, 0);
            }
            Map<String, Object> params = new HashMap<>(FigureQueries.params(scope, period));
            params.putAll(filter.params());
            params.put("user", user.userId());
            params.put("supervisor", user.hasRole(Roles.SUPERVISOR));
            params.put("org", user.organisationId());
            String visible = set + " AND " + NeedToKnow.VISIBLE_SQL;
            return filter.context() == null ? bySql(scope, visible, filter, params, page)
                    : byContext(scope, period, visible, params, filter.context(), page);
        });
    }

    private CasePage bySql(FigureScope scope, String visible, Filter filter, Map<String, Object> params, int page) {
        String where = scope.where() + " AND " + visible + " AND " + filter.sql();
        List<CaseSummary> items = cases.summaries(where, params, ORDER, (page - 1) * CaseFigures.PAGE_SIZE,
                CaseFigures.PAGE_SIZE);
        return new CasePage(items, page, CaseFigures.PAGE_SIZE, cases.count(where, params));
    }

    /** Contexts are derived in Java, so the visible cases of the set are filtered here before a page is read. */
    private CasePage byContext(FigureScope scope, Period period, String visible, Map<String, Object> params,
                               String context, int page) {
        Set<Long> having = new HashSet<>();
        for (ContextFacts facts : queries.contextFacts(visible, params, scope, period)) {
            Set<IncidentContext> derived = facts.contexts(births::birth);
            if (!derived.isEmpty() && (context.equals(CaseTally.UNKNOWN)
                    || derived.contains(IncidentContext.valueOf(context)))) {
                having.add(facts.caseId());
            }
        }
        List<Long> ids = queries.ids(visible, "1 = 1", params, scope, period).stream()
                .filter(id -> context.equals(CaseTally.UNKNOWN) != having.contains(id)).toList();
        int from = Math.min(ids.size(), (page - 1) * CaseFigures.PAGE_SIZE);
        List<Long> shown = ids.subList(from, Math.min(ids.size(), from + CaseFigures.PAGE_SIZE));
        List<CaseSummary> items = shown.isEmpty() ? List.of()
                : cases.summaries("c.id IN (:ids)", Map.of("ids", shown), ORDER, 0, CaseFigures.PAGE_SIZE);
        return new CasePage(items, page, CaseFigures.PAGE_SIZE, ids.size());
    }

    /** The dimension's value as a condition on {@code c} and {@code k}; for contexts, the value to filter on. */
    private record Filter(String sql, Map<String, Object> params, @Nullable String context) {

        static Filter of(@Nullable CaseDimension dimension, @Nullable String value) {
            if (dimension == null || value == null) {
                if (dimension != null || value != null) {
                    throw invalid();
                }
                return new Filter("1 = 1", Map.of(), null);
            }
            boolean unknown = value.equals(CaseTally.UNKNOWN);
            return switch (dimension) {
                case CASE_TYPE -> plain("c.case_type", CaseType.values(), value);
                case SEX -> plain("k.sex", Sex.values(), value);
                case AGE_GROUP -> plain("k.age_group", AgeGroup.values(), value);
                case COMMUNE -> unknown ? new Filter("c.commune_code IS NULL", Map.of(), null)
                        : new Filter("c.commune_code = :value", Map.of("value", value), null);
                case GBVIMS_TYPE -> unknown
                        ? new Filter("NOT EXISTS (SELECT 1 FROM casework_incidents i WHERE i.case_id = c.id)",
                        Map.of(), null)
                        : new Filter("EXISTS (SELECT 1 FROM casework_incidents i WHERE i.case_id = c.id"
                        + " AND i.gbvims_type = :value)", Map.of("value", known(GbvimsType.values(), value)), null);
                case CONTEXT -> new Filter("1 = 1", Map.of(),
                        unknown ? CaseTally.UNKNOWN : known(IncidentContext.values(), value));
            };
        }

        private static Filter plain(String column, Enum<?>[] values, String value) {
            return new Filter(column + " = :value", Map.of("value", known(values, value)), null);
        }

        private static String known(Enum<?>[] values, String value) {
            if (Arrays.stream(values).noneMatch(v -> v.name().equals(value))) {
                throw invalid();
            }
            return value;
        }

        private static InvalidInputException invalid() {
            return new InvalidInputException("value", "casework.figures.valueInvalid");
        }
    }
}
