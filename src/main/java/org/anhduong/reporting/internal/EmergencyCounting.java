package org.anhduong.reporting.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;

import org.anhduong.hotline.Sex;
import org.anhduong.reporting.Dimension;
import org.anhduong.reporting.Indicator;

/**
 * The emergency-support and shelter indicators, counted from shelter's facts for the cases in the report's scope.
 *
 * <ul>
 *   <li>{@code emergency.cases}: distinct cases with an episode starting in the period (an episode that began before
 *       the period and goes on in it belongs to the period it began in);</li>
 *   <li>{@code emergency.persons}: distinct persons supported in those episodes (a person supported in two episodes of
 *       the period counts once);</li>
 *   <li>{@code emergency.accompanyingChildren}: of those persons, the children who came with the client;</li>
 *   <li>{@code shelter.admissions}: emergency stays admitted in the period;</li>
 *   <li>{@code shelter.personNights}: nights spent in emergency stays within the period, a night counting on the day it
 *       begins; a stay not yet ended counts its nights up to last night;</li>
 *   <li>{@code residentialCare.children}, {@code residentialCare.traffickedChildren}: children in residential care on
 *       the period's last day, by sex.</li>
 * </ul>
 */
final class EmergencyCounting {

    private EmergencyCounting() {
    }

    static void episodes(List<ShelterRows.Episode> episodes, LocalDate from, LocalDate to, LongPredicate caseInScope,
                         FigureSheet sheet) {
        Set<Long> cases = new HashSet<>();
        Set<Long> persons = new HashSet<>();
        Set<Long> children = new HashSet<>();
        for (ShelterRows.Episode episode : episodes) {
            if (episode.startedOn().isBefore(from) || episode.startedOn().isAfter(to)
                    || !caseInScope.test(episode.caseId())) {
                continue;
            }
            cases.add(episode.caseId());
            for (ShelterRows.Person person : episode.persons()) {
                persons.add(person.personId());
                if (person.accompanyingChild()) {
                    children.add(person.personId());
                }
            }
        }
        sheet.add(Indicator.EMERGENCY_CASES, cases.size())
                .add(Indicator.EMERGENCY_PERSONS, persons.size())
                .add(Indicator.EMERGENCY_CHILDREN, children.size());
    }

    static void stays(List<ShelterRows.Stay> stays, LocalDate from, LocalDate to, LocalDate today,
                      LongPredicate caseInScope, FigureSheet sheet) {
        long admissions = 0;
        long nights = 0;
        for (ShelterRows.Stay stay : stays) {
            if (!caseInScope.test(stay.caseId())) {
                continue;
            }
            if (!stay.admittedOn().isBefore(from) && !stay.admittedOn().isAfter(to)) {
                admissions++;
            }
            nights += nightsWithin(stay, from, to, today);
        }
        sheet.add(Indicator.SHELTER_ADMISSIONS, admissions).add(Indicator.SHELTER_PERSON_NIGHTS, nights);
    }

    /** Nights from the later of admission and {@code from} to the earliest of discharge, today and the day after {@code to}. */
    static long nightsWithin(ShelterRows.Stay stay, LocalDate from, LocalDate to, LocalDate today) {
        LocalDate start = stay.admittedOn().isAfter(from) ? stay.admittedOn() : from;
        LocalDate stop = stay.dischargedOn() == null || stay.dischargedOn().isAfter(today) ? today
                : stay.dischargedOn();
        LocalDate afterLast = to.plusDays(1);
        if (stop.isAfter(afterLast)) {
            stop = afterLast;
        }
        return stop.isAfter(start) ? ChronoUnit.DAYS.between(start, stop) : 0;
    }

    static void care(List<ShelterRows.Care> children, LongPredicate caseInScope, FigureSheet sheet) {
        for (Sex sex : Sex.values()) {
            sheet.add(Indicator.CARE_CHILDREN, Dimension.SEX, sex.name(), 0)
                    .add(Indicator.CARE_TRAFFICKED_CHILDREN, Dimension.SEX, sex.name(), 0);
        }
        for (ShelterRows.Care child : children) {
            if (!caseInScope.test(child.caseId())) {
                continue;
            }
            sheet.add(Indicator.CARE_CHILDREN, 1).add(Indicator.CARE_CHILDREN, Dimension.SEX, child.sex().name(), 1);
            if (child.trafficked()) {
                sheet.add(Indicator.CARE_TRAFFICKED_CHILDREN, 1)
                        .add(Indicator.CARE_TRAFFICKED_CHILDREN, Dimension.SEX, child.sex().name(), 1);
            }
        }
    }
}
