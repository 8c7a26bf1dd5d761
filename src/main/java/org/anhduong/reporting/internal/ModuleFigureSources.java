package org.anhduong.reporting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anhduong.casework.CaseCounts;
import org.anhduong.casework.CaseFacts;
import org.anhduong.casework.CaseFigureQuery;
import org.anhduong.casework.CaseFigures;
import org.anhduong.geography.Localities;
import org.anhduong.hotline.ContactCounts;
import org.anhduong.hotline.ContactFigures;
import org.anhduong.platform.web.Ui;
import org.anhduong.programme.ProgrammeFigures;
import org.anhduong.programme.ProgrammeSummary;
import org.jspecify.annotations.Nullable;
import org.anhduong.referral.ReferralFigures;
import org.anhduong.shelter.ShelterFigures;
import org.springframework.stereotype.Component;

/** The figures APIs of hotline, casework, shelter, referral and geography, as reporting reads them. */
@Component
class ModuleFigureSources implements FigureSources {

    private final ContactFigures contacts;
    private final CaseFigures cases;
    private final ShelterFigures shelter;
    private final ReferralFigures referrals;
    private final Localities localities;
    private final ProgrammeFigures programme;
    private final Clock clock;

    ModuleFigureSources(ContactFigures contacts, CaseFigures cases, ShelterFigures shelter, ReferralFigures referrals,
                        Localities localities, ProgrammeFigures programme, Clock clock) {
        this.programme = programme;
        this.contacts = contacts;
        this.cases = cases;
        this.shelter = shelter;
        this.referrals = referrals;
        this.localities = localities;
        this.clock = clock;
    }

    @Override
    public ContactCounts contacts(LocalDate from, LocalDate to) {
        return contacts.count(from, to);
    }

    @Override
    public CaseCounts cases(CaseFigureQuery query) {
        return cases.count(query);
    }

    @Override
    public Map<Long, CaseFacts> caseFacts(Collection<Long> caseIds) {
        return cases.facts(caseIds);
    }

    @Override
    public List<ShelterRows.Episode> episodes(LocalDate from, LocalDate to) {
        return shelter.emergencyEpisodes(from, to).stream().map(episode -> new ShelterRows.Episode(episode.caseId(),
                episode.startedOn(), episode.persons().stream()
                .map(person -> new ShelterRows.Person(person.personId(), person.accompanyingChild())).toList()))
                .toList();
    }

    @Override
    public List<ShelterRows.Stay> stays(LocalDate from, LocalDate to) {
        return shelter.emergencyStays(from, to).stream().map(stay -> new ShelterRows.Stay(stay.caseId(),
                stay.personId(), stay.admittedOn(), stay.dischargedOn())).toList();
    }

    @Override
    public List<ShelterRows.Care> care(LocalDate on) {
        return shelter.residentialCareOn(on).stream().map(child -> new ShelterRows.Care(child.caseId(), child.sex(),
                child.trafficked())).toList();
    }

    @Override
    public List<ReferralCounting.Row> referrals(Instant start, Instant end) {
        return referrals.facts(start, end).stream().map(referral -> new ReferralCounting.Row(referral.caseId(),
                referral.sector(), referral.sentAt(), referral.acceptedAt(), referral.completedAt())).toList();
    }

    @Override
    public Set<String> communeCodes(String commune, LocalDate from) {
        Set<String> codes = new HashSet<>();
        codes.add(commune);
        if (from.isBefore(ReportLabels.REFORM)) {
            localities.predecessors(commune).forEach(merge -> codes.add(merge.oldCode()));
        }
        return codes;
    }

    @Override
    public ProgrammeSummary programme(LocalDate from, LocalDate to, @Nullable String commune) {
        return programme.summary(from, to, commune);
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Ui.ZONE));
    }
}
