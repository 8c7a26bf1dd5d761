package org.anhduong.reporting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditOutcome;
import org.anhduong.audit.AuditTrail;
import org.anhduong.casework.CaseDimension;
import org.anhduong.casework.CaseFigureQuery;
import org.anhduong.casework.CaseFigures;
import org.anhduong.casework.CaseMeasure;
import org.anhduong.casework.EspSector;
import org.anhduong.casework.IncidentRecord;
import org.anhduong.platform.web.Ui;
import org.anhduong.casework.CasePage;
import org.anhduong.geography.Localities;
import org.jspecify.annotations.Nullable;
import org.anhduong.identity.UserDirectory;
import org.anhduong.platform.security.CurrentUser;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.ForbiddenException;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.reporting.Audience;
import org.anhduong.reporting.Figure;
import org.anhduong.reporting.Indicator;
import org.anhduong.reporting.ReportScope;
import org.anhduong.reporting.Reports;
import org.anhduong.reporting.Summary;
import org.springframework.stereotype.Service;

/** Reports for the signed-in user (see {@link Reports} for who may see what). */
@Service
public class ReportService implements Reports {

    /** Longer periods are not a report but a data dump; five years covers a programme period. */
    static final long MAX_DAYS = 5 * 366;

    /** Far beyond any real list, and small enough that casework's row offset cannot overflow. */
    static final int MAX_PAGE = 100_000;

    private static final Set<String> INTERNAL_READERS = Set.of(Roles.ADMINISTRATOR, Roles.SUPERVISOR,
            Roles.PROGRAMME_OFFICER);

    private final FigureSources sources;
    private final SummaryCounter counter;
    private final CaseFigures cases;
    private final Localities localities;
    private final UserDirectory users;
    private final AuditTrail audit;
    private final ReportGate gate;
    private final Clock clock;

    ReportService(FigureSources sources, CaseFigures cases, Localities localities, UserDirectory users,
                  AuditTrail audit, ReportGate gate, Clock clock) {
        this.cases = cases;
        this.counter = new SummaryCounter(sources);
        this.localities = localities;
        this.users = users;
        this.audit = audit;
        this.gate = gate;
        this.clock = clock;
        this.sources = sources;
    }

    @Override
    public Summary summary(ReportScope scope, Audience audience) {
        Access access = access("report.view", scope, audience);
        return count(scope, access, "report.view");
    }

    /** The figures behind an export, audited as one ({@code report.export}). */
    public Summary forExport(ReportScope scope, Audience audience) {
        Access access = access("report.export", scope, audience);
        return count(scope, access, "report.export");
    }

    /**
     * Contacts per calendar month of the period (clipped to it), for the trend chart; empty for periods over 24 months.
     * Part of a report already audited as viewed, so not audited again.
     */
    public List<MonthCount> monthlyContacts(ReportScope scope, Audience audience) {
        Access access = access("report.view", scope, audience);
        if (ChronoUnit.MONTHS.between(YearMonth.from(scope.from()), YearMonth.from(scope.to())) >= 24) {
            return List.of();
        }
        ScopeFilter filter = new ScopeFilter(scope.organisationId(),
                scope.commune() == null ? Set.of() : sources.communeCodes(scope.commune(), scope.from()), false);
        Map<YearMonth, Long> totals = new LinkedHashMap<>();
        Map<YearMonth, Long> gbv = new LinkedHashMap<>();
        gate.counted(() -> {
            for (YearMonth month = YearMonth.from(scope.from()); !month.isAfter(YearMonth.from(scope.to()));
                 month = month.plusMonths(1)) {
                LocalDate first = month.atDay(1).isBefore(scope.from()) ? scope.from() : month.atDay(1);
                LocalDate last = month.atEndOfMonth().isAfter(scope.to()) ? scope.to() : month.atEndOfMonth();
                FigureSheet sheet = new FigureSheet();
                ContactCounting.count(sources.contacts(first, last), filter, sheet);
                totals.put(month, sheet.total(Indicator.CONTACTS_TOTAL));
                gbv.put(month, sheet.total(Indicator.CONTACTS_GBV_RELATED));
            }
            return totals;
        });
        Map<YearMonth, Figure> shownTotals = Suppression.cells(totals, access.suppressed());
        Map<YearMonth, Figure> shownGbv = Suppression.cells(gbv, access.suppressed());
        List<MonthCount> months = new ArrayList<>();
        totals.keySet().forEach(month -> months.add(new MonthCount(month, shownTotals.get(month),
                shownGbv.get(month))));
        return months;
    }

    /** One month of the contacts trend. */
    public record MonthCount(YearMonth month, Figure total, Figure gbvRelated) {
    }

    /**
     * The cases behind a case indicator, for a reader allowed to drill down (internal readers, internal reports);
     * casework lists only the cases the reader may open, and audits the list.
     *
     * @throws ForbiddenException for viewers and external reports
     */
    public CasePage casesBehind(ReportScope scope, Audience audience, CaseMeasure measure,
                                @Nullable CaseDimension dimension, @Nullable String value, int page) {
        Access access = access("report.drillDown", scope, audience);
        if (page > MAX_PAGE) {
            throw new InvalidInputException("page", "reporting.error.page");
        }
        if (!access.drillDown()) {
            audit.record(AuditEntry.of("report.drillDown", "report", recordId(scope, audience), AuditOutcome.DENIED));
            throw new ForbiddenException();
        }
        return cases.casesBehind(new CaseFigureQuery(scope.from(), scope.to(), scope.organisationId(),
                scope.commune() == null ? Set.of() : sources.communeCodes(scope.commune(), scope.from()), false),
                measure, dimension, value, Math.max(page, 1));
    }

    /**
     * The anonymised incident dataset of a period, for administrators and supervisors: one row per incident of a case
     * open in the period (casework's rule), with the sectors the case was referred to in the period. External exports
     * hold only cases whose client consented to statistics. Audited as {@code report.incidents}.
     *
     * @throws ForbiddenException for every other role, and for a supervisor asking for another organisation's (she
     *                            gets her own organisation's when she names none)
     */
    public IncidentData incidents(ReportScope scope, Audience audience) {
        UserPrincipal user = CurrentUser.require();
        boolean administrator = user.hasRole(Roles.ADMINISTRATOR);
        // Row-level data: a supervisor gets her own organisation's, whatever she asks for.
        if (!administrator && (!user.hasRole(Roles.SUPERVISOR) || scope.organisationId() != null
                && scope.organisationId() != user.organisationId())) {
            audit.record(AuditEntry.of("report.incidents", "report", recordId(scope, audience), AuditOutcome.DENIED));
            throw new ForbiddenException();
        }
        if (!administrator) {
            scope = new ReportScope(scope.from(), scope.to(), scope.commune(), user.organisationId());
        }
        validate(scope);
        List<IncidentRecord> records = cases.incidents(new CaseFigureQuery(scope.from(), scope.to(),
                scope.organisationId(), scope.commune() == null ? Set.of()
                : sources.communeCodes(scope.commune(), scope.from()), audience == Audience.EXTERNAL));
        Map<Long, Set<EspSector>> referred = new HashMap<>();
        for (ReferralCounting.Row referral : sources.referrals(scope.from().atStartOfDay(Ui.ZONE).toInstant(),
                scope.to().plusDays(1).atStartOfDay(Ui.ZONE).toInstant())) {
            referred.computeIfAbsent(referral.caseId(), id -> EnumSet.noneOf(EspSector.class)).add(referral.sector());
        }
        audit.record(AuditEntry.success("report.incidents", "report", recordId(scope, audience)));
        return new IncidentData(records, referred);
    }

    /** The incidents and, per case, the sectors it was referred to in the period. */
    public record IncidentData(List<IncidentRecord> records, Map<Long, Set<EspSector>> referralSectors) {
    }

    /** What the signed-in user may get for this request, or {@link ForbiddenException} (audited). */
    Access access(String action, ReportScope scope, Audience audience) {
        UserPrincipal user = CurrentUser.require();
        boolean internalReader = INTERNAL_READERS.stream().anyMatch(user::hasRole);
        if (!internalReader && !user.hasRole(Roles.VIEWER)) {
            audit.record(AuditEntry.of(action, "report", recordId(scope, audience), AuditOutcome.DENIED));
            throw new ForbiddenException();
        }
        validate(scope);
        boolean external = audience == Audience.EXTERNAL;
        return new Access(audience, !external, external || !internalReader, internalReader && !external);
    }

    private Summary count(ReportScope scope, Access access, String action) {
        ScopeFilter filter = new ScopeFilter(scope.organisationId(),
                scope.commune() == null ? Set.of() : sources.communeCodes(scope.commune(), scope.from()),
                !access.allCases());
        FigureSheet sheet = gate.counted(() -> counter.count(scope.from(), scope.to(), filter, scope.commune()));
        audit.record(AuditEntry.success(action, "report", recordId(scope, access.audience())));
        return new Summary(scope.from(), scope.to(), scope.commune(), scope.organisationId(), access.audience(),
                access.allCases(), access.suppressed(), access.drillDown(),
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS),
                Suppression.indicators(sheet, access.suppressed()),
                Suppression.breakdowns(sheet, access.suppressed()));
    }

    private void validate(ReportScope scope) {
        if (scope.to().isBefore(scope.from())) {
            throw new InvalidInputException("to", "reporting.error.periodOrder");
        }
        if (ChronoUnit.DAYS.between(scope.from(), scope.to()) > MAX_DAYS) {
            throw new InvalidInputException("to", "reporting.error.periodTooLong");
        }
        if (scope.commune() != null && !localities.exists(scope.commune())) {
            throw new InvalidInputException("commune", "reporting.error.unknownCommune");
        }
        if (scope.organisationId() != null && users.findOrganisation(scope.organisationId()).isEmpty()) {
            throw new InvalidInputException("organisation", "reporting.error.unknownOrganisation");
        }
    }

    /**
     * The scope, never a person, in the audit's short form (at most 64 characters, no spaces): e.g.
     * {@code 2026-01-01..2026-06-30,c22001,o3,E} for commune 22001, organisation 3, an external report.
     */
    static String recordId(ReportScope scope, Audience audience) {
        String commune = scope.commune() == null ? "" : ",c" + scope.commune().replaceAll("[^0-9A-Za-z]", "");
        return scope.from() + ".." + scope.to() + (commune.length() > 12 ? commune.substring(0, 12) : commune)
                + (scope.organisationId() == null ? "" : ",o" + scope.organisationId())
                + "," + audience.name().charAt(0);
    }

    /**
     * @param allCases   every case counted (internal), or only those consenting to statistics (external)
     * @param suppressed counts 1–4 shown as "<5"
     * @param drillDown  the reader may open the records behind a number
     */
    record Access(Audience audience, boolean allCases, boolean suppressed, boolean drillDown) {
    }
}
