package org.anhduong.programme.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.geography.Localities;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.NotFoundException;
import org.anhduong.programme.Indicator;
import org.anhduong.programme.IndicatorDetails;
import org.anhduong.programme.IndicatorValue;
import org.anhduong.programme.ProgrammeMonitoring;
import org.anhduong.programme.ProgrammeSummary;
import org.anhduong.programme.Visit;
import org.anhduong.programme.VisitDetails;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Indicators, visits and the summary for readers (see {@link ProgrammeMonitoring}). */
@Service
class MonitoringService implements ProgrammeMonitoring {

    static final String INDICATOR = "programme-indicator";
    static final String VISIT = "programme-visit";
    static final String SUMMARY = "programme-summary";

    private final Indicators indicators;
    private final Visits visits;
    private final MonitoringRules rules;
    private final SummaryCounter counter;
    private final Localities localities;
    private final ProgrammeAccess access;
    private final AuditTrail audit;
    private final ProgrammeTransactions tx;
    private final Clock clock;

    MonitoringService(Indicators indicators, Visits visits, MonitoringRules rules, SummaryCounter counter,
                      Localities localities, ProgrammeAccess access, AuditTrail audit, ProgrammeTransactions tx,
                      Clock clock) {
        this.indicators = indicators;
        this.visits = visits;
        this.rules = rules;
        this.counter = counter;
        this.localities = localities;
        this.access = access;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Indicator createIndicator(IndicatorDetails details) {
        UserPrincipal user = access.editor("programme.indicator.create", INDICATOR, null);
        IndicatorDetails valid = rules.checked(details);
        return tx.run(() -> {
            long id = indicators.insert(valid, user.userId(), now());
            audit.record(AuditEntry.success("programme.indicator.create", INDICATOR, id));
            return indicators.find(id).orElseThrow();
        });
    }

    @Override
    public Indicator updateIndicator(long id, int version, IndicatorDetails details) {
        UserPrincipal user = access.editor("programme.indicator.update", INDICATOR, id);
        IndicatorDetails valid = rules.checked(details);
        return tx.run(() -> {
            indicators.find(id).orElseThrow(() -> new NotFoundException(INDICATOR));
            if (!indicators.update(id, version, valid, user.userId(), now())) {
                throw ConflictException.staleVersion();
            }
            audit.record(AuditEntry.success("programme.indicator.update", INDICATOR, id));
            return indicators.find(id).orElseThrow();
        });
    }

    @Override
    public Indicator addValue(long indicatorId, IndicatorValue value) {
        UserPrincipal user = access.editor("programme.indicator.value", INDICATOR, indicatorId);
        IndicatorValue valid = MonitoringRules.checked(value);
        return tx.run(() -> {
            Indicator stored = indicators.find(indicatorId).orElseThrow(() -> new NotFoundException(INDICATOR));
            if (stored.measure().computed()) {
                throw new ConflictException("indicator-computed", "programme.indicator.computed");
            }
            indicators.addValue(indicatorId, valid, user.userId(), now());
            audit.record(AuditEntry.success("programme.indicator.value", INDICATOR, indicatorId));
            return indicators.find(indicatorId).orElseThrow();
        });
    }

    @Override
    public Indicator indicator(long id) {
        access.reader("programme.indicator.read", INDICATOR, id);
        return indicators.find(id).orElseThrow(() -> new NotFoundException(INDICATOR));
    }

    @Override
    public List<Indicator> indicators() {
        access.reader("programme.indicator.list", INDICATOR, null);
        return indicators.all();
    }

    @Override
    public Visit createVisit(VisitDetails details) {
        UserPrincipal user = access.editor("programme.visit.create", VISIT, null);
        VisitDetails valid = rules.checked(details);
        return tx.run(() -> {
            long id = visits.insert(valid, user.userId(), now());
            audit.record(AuditEntry.success("programme.visit.create", VISIT, id));
            return visits.find(id).orElseThrow();
        });
    }

    @Override
    public Visit updateVisit(long id, int version, VisitDetails details) {
        UserPrincipal user = access.editor("programme.visit.update", VISIT, id);
        VisitDetails valid = rules.checked(details);
        return tx.run(() -> {
            visits.find(id).orElseThrow(() -> new NotFoundException(VISIT));
            if (!visits.update(id, version, valid, user.userId(), now())) {
                throw ConflictException.staleVersion();
            }
            audit.record(AuditEntry.success("programme.visit.update", VISIT, id));
            return visits.find(id).orElseThrow();
        });
    }

    @Override
    public Visit visit(long id) {
        access.reader("programme.visit.read", VISIT, id);
        return visits.find(id).orElseThrow(() -> new NotFoundException(VISIT));
    }

    @Override
    public List<Visit> visits() {
        access.reader("programme.visit.list", VISIT, null);
        return visits.all();
    }

    @Override
    public ProgrammeSummary summary(LocalDate from, LocalDate to, @Nullable String communeCode) {
        access.reader("programme.summary.read", SUMMARY, null);
        return counter.summary(from, to, commune(communeCode));
    }

    @Override
    public ProgrammeSummary summaryForExport(LocalDate from, LocalDate to, @Nullable String communeCode) {
        access.reader("programme.summary.export", SUMMARY, null);
        ProgrammeSummary summary = counter.summary(from, to, commune(communeCode));
        tx.run(() -> {
            audit.record(AuditEntry.success("programme.summary.export", SUMMARY, null));
            return null;
        });
        return summary;
    }

    private @Nullable String commune(@Nullable String code) {
        var checks = new Checks();
        String commune = checks.commune("communeCode", code, localities);
        checks.throwIfAny();
        return commune;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
