package org.anhduong.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anhduong.casework.CaseCounts;
import org.anhduong.casework.CaseDimension;
import org.anhduong.casework.CaseFacts;
import org.anhduong.casework.CaseFigureQuery;
import org.anhduong.casework.CaseTally;
import org.anhduong.casework.EspSector;
import org.anhduong.hotline.ContactCounts;
import org.anhduong.hotline.Sex;
import org.anhduong.programme.ModelStatus;
import org.anhduong.programme.Participants;
import org.anhduong.programme.ProgrammeSummary;
import org.anhduong.programme.TrainingLevel;
import org.anhduong.reporting.Indicator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A report's scope reaches shelter's and referral's rows through casework's facts about their cases. */
class SummaryCounterTest {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 6, 30);

    /** Case 1: organisation 1, commune A, consented; case 2: organisation 2, commune B, not consented. */
    final Map<Long, CaseFacts> facts = Map.of(1L, new CaseFacts(1, 1, "A", true), 2L, new CaseFacts(2, 2, "B", false));
    final Map<String, CaseFigureQuery> caseQueries = new HashMap<>();

    final FigureSources sources = new FigureSources() {
        @Override
        public ContactCounts contacts(LocalDate from, LocalDate to) {
            return new ContactCounts(from, to, List.of(), List.of());
        }

        @Override
        public CaseCounts cases(CaseFigureQuery query) {
            caseQueries.put("last", query);
            CaseTally none = new CaseTally(0, new EnumMap<>(CaseDimension.class));
            return new CaseCounts(query.from(), query.to(), none, none, none, 0, 0, Map.of(), Map.of(), Map.of());
        }

        @Override
        public Map<Long, CaseFacts> caseFacts(Collection<Long> caseIds) {
            Map<Long, CaseFacts> known = new HashMap<>();
            caseIds.forEach(id -> {
                if (facts.containsKey(id)) {
                    known.put(id, facts.get(id));
                }
            });
            return known;
        }

        @Override
        public List<ShelterRows.Episode> episodes(LocalDate from, LocalDate to) {
            return List.of(new ShelterRows.Episode(1, FROM, List.of(new ShelterRows.Person(10, false),
                            new ShelterRows.Person(11, true))),
                    new ShelterRows.Episode(2, FROM, List.of(new ShelterRows.Person(20, false))),
                    new ShelterRows.Episode(3, FROM, List.of(new ShelterRows.Person(30, false))));
        }

        @Override
        public List<ShelterRows.Stay> stays(LocalDate from, LocalDate to) {
            return List.of();
        }

        @Override
        public List<ShelterRows.Care> care(LocalDate on) {
            return List.of(new ShelterRows.Care(2, Sex.MALE, true));
        }

        @Override
        public List<ReferralCounting.Row> referrals(Instant start, Instant end) {
            return List.of(new ReferralCounting.Row(1, EspSector.HEALTH, start.plusSeconds(60), null, null),
                    new ReferralCounting.Row(2, EspSector.HEALTH, start.plusSeconds(60), null, null));
        }

        @Override
        public Set<String> communeCodes(String commune, LocalDate from) {
            return Set.of(commune);
        }

        @Override
        public ProgrammeSummary programme(LocalDate from, LocalDate to, String commune) {
            return new ProgrammeSummary(from, to, commune, new ProgrammeSummary.ModelFigures(22,
                    Map.of(ModelStatus.MAINTAINED, 22L), List.of(), 11, 10), List.of(), Participants.NONE, 0,
                    List.of(new ProgrammeSummary.TrainingFigure("COUNSELLING", TrainingLevel.PROVINCE, 1,
                            new Participants(18, 12, 0), null, null)), new Participants(18, 12, 0), List.of());
        }

        @Override
        public LocalDate today() {
            return LocalDate.of(2026, 11, 29);
        }
    };

    @Test
    void unrestrictedCountsEveryCaseEvenOneCaseworkDoesNotKnow() {
        FigureSheet sheet = new SummaryCounter(sources).count(FROM, TO, ScopeFilter.everything(), null);
        assertThat(sheet.total(Indicator.EMERGENCY_CASES)).isEqualTo(3);
        assertThat(sheet.total(Indicator.EMERGENCY_PERSONS)).isEqualTo(4);
        assertThat(sheet.total(Indicator.REFERRALS_SENT)).isEqualTo(2);
        assertThat(sheet.total(Indicator.CARE_TRAFFICKED_CHILDREN)).isEqualTo(1);
    }

    @Test
    void programmeFiguresComeWithTheReport() {
        FigureSheet sheet = new SummaryCounter(sources).count(FROM, TO, ScopeFilter.everything(), null);
        assertThat(sheet.total(Indicator.PROGRAMME_MODELS)).isEqualTo(22);
        assertThat(sheet.breakdown(Indicator.PROGRAMME_MODELS, org.anhduong.reporting.Dimension.MODEL_STATUS))
                .containsEntry("MAINTAINED", 22L).containsEntry("ACTIVE", 0L);
        assertThat(sheet.total(Indicator.PROGRAMME_PILOTS)).isEqualTo(11);
        assertThat(sheet.total(Indicator.PROGRAMME_PILOT_COMMUNES)).isEqualTo(10);
        assertThat(sheet.total(Indicator.PROGRAMME_TRAININGS)).isEqualTo(1);
        assertThat(sheet.total(Indicator.PROGRAMME_TRAINING_PARTICIPANTS)).isEqualTo(30);
        assertThat(sheet.breakdown(Indicator.PROGRAMME_TRAINING_PARTICIPANTS, org.anhduong.reporting.Dimension.SEX))
                .containsEntry("FEMALE", 18L).containsEntry("MALE", 12L);
    }

    @Test
    void anOrganisationsReportCountsItsCasesOnly() {
        FigureSheet sheet = new SummaryCounter(sources).count(FROM, TO, new ScopeFilter(1L, Set.of(), false), null);
        assertThat(sheet.total(Indicator.EMERGENCY_CASES)).isEqualTo(1);
        assertThat(sheet.total(Indicator.EMERGENCY_CHILDREN)).isEqualTo(1);
        assertThat(sheet.total(Indicator.REFERRALS_SENT)).isEqualTo(1);
        assertThat(sheet.total(Indicator.CARE_CHILDREN)).isZero();
        assertThat(caseQueries.get("last").organisationId()).isEqualTo(1L);
    }

    @Test
    void aCommunesReportCountsTheCasesOfThatCommune() {
        FigureSheet sheet = new SummaryCounter(sources).count(FROM, TO, new ScopeFilter(null, Set.of("B"), false), null);
        assertThat(sheet.total(Indicator.EMERGENCY_PERSONS)).isEqualTo(1);
        assertThat(sheet.total(Indicator.CARE_CHILDREN)).isEqualTo(1);
        assertThat(caseQueries.get("last").communeCodes()).containsExactly("B");
    }

    @Test
    void anExternalReportCountsOnlyCasesConsentingToStatistics() {
        FigureSheet sheet = new SummaryCounter(sources).count(FROM, TO, new ScopeFilter(null, Set.of(), true), null);
        assertThat(sheet.total(Indicator.EMERGENCY_CASES)).isEqualTo(1);
        assertThat(sheet.total(Indicator.REFERRALS_SENT)).isEqualTo(1);
        assertThat(sheet.total(Indicator.CARE_CHILDREN)).isZero();
        assertThat(caseQueries.get("last").statisticsConsentOnly()).isTrue();
    }
}
