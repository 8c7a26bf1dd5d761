package org.anhduong.shelter;

import org.anhduong.hotline.Sex;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * The numbers reporting needs from shelter, aggregate only: no case, person or facility is named. Reporting calls it
 * for a period or a day; nothing is audited because nothing about a person is read out.
 *
 * <p>Beside the counts, the same figures are given as facts, one row per episode, stay or child in care, carrying the
 * case id: the reporting module keeps the rows of the cases its scope (commune, organisation, consent to reporting)
 * allows, by asking casework about each case, and then counts them with the rules written on each method. Those rules
 * give exactly the counts of {@link #emergency} and {@link #residentialCare} when every row is kept. Persons appear
 * only as shelter's internal numbers, never casework's ids.
 */
public interface ShelterFigures {

    /**
     * Emergency support with episodes starting from {@code from} to {@code to}, both included.
     *
     * @throws InvalidInputException when {@code to} is before {@code from}
     */
    EmergencyFigures emergency(LocalDate from, LocalDate to);

    /** Children in residential care on a day. */
    CareFigures residentialCare(LocalDate on);

    /**
     * Emergency support episodes STARTING in [from, to] (both included) with their persons, by start day then id.
     * Counting rules (those of {@link EmergencyFigures}): {@code cases} is the number of distinct
     * {@link EpisodeFact#caseId}; {@code persons} the number of distinct {@link PersonFact#personId} over all the
     * episodes (a person supported in two episodes counts once); {@code accompanyingChildren} the number of distinct
     * person ids having {@link PersonFact#accompanyingChild} in at least one of the episodes.
     *
     * @throws InvalidInputException when {@code to} is before {@code from}
     */
    List<EpisodeFact> emergencyEpisodes(LocalDate from, LocalDate to);

    /**
     * Emergency stays (placements of purpose EMERGENCY) overlapping [from, to]: admitted on or before {@code to} and
     * not discharged before {@code from} (a stay discharged on {@code from} is included though it holds no night in
     * the period), by admission day then id. Counting rules (those of {@link EmergencyFigures}): {@code admissions}
     * is the number of stays with {@link StayFact#admittedOn} in [from, to]; {@code personNights} is the sum over the
     * stays of the nights {@code [admittedOn, dischargedOn)} falling in [from, to], a night counting on the day it
     * begins, an open stay's nights ending with last night (today in Asia/Ho_Chi_Minh excluded). A stay of an
     * episode that started before the period is included: nights follow the stay, not the episode.
     *
     * @throws InvalidInputException when {@code to} is before {@code from}
     */
    List<StayFact> emergencyStays(LocalDate from, LocalDate to);

    /**
     * Children in residential care on a day: one row per stay of purpose RESIDENTIAL_CARE holding the night of
     * {@code on} (admitted on or before it, discharged after it or not at all). Counting rules (those of
     * {@link CareFigures}): {@code children} by sex is the number of rows of that sex; {@code traffickedChildren} by
     * sex the number of those rows with {@link CareFact#trafficked}.
     */
    List<CareFact> residentialCareOn(LocalDate on);

    /**
     * One emergency support episode.
     *
     * @param organisationId the organisation that gave the support (the episode's, which is the case's when started)
     * @param persons        the persons supported in it, client first; empty only for an episode with nobody on it
     */
    record EpisodeFact(long episodeId, long caseId, long organisationId, LocalDate startedOn,
                       List<PersonFact> persons) {

        public EpisodeFact {
            persons = List.copyOf(persons);
        }
    }

    /**
     * A person supported in an episode, known only by shelter's internal number (the same in every episode).
     *
     * @param accompanyingChild a companion counted as a child who came with the client under the SAME rule
     *                          {@link EmergencyFigures#accompanyingChildren} uses: a companion under 18 at the
     *                          episode's start by birth year, or, when her birth year is unknown, the client's child or
     *                          grandchild. Judged per episode, so one person may be a child in an early episode only.
     */
    record PersonFact(long personId, PersonKind kind, Sex sex, boolean accompanyingChild) {
    }

    /** One emergency stay, {@code [admittedOn, dischargedOn)}; open while {@code dischargedOn} is null. */
    record StayFact(long placementId, long caseId, long personId, LocalDate admittedOn,
                    @Nullable LocalDate dischargedOn) {
    }

    /**
     * One child staying in residential care on the day asked.
     *
     * @param trafficked placed as a trafficked returnee ({@link CareReason#TRAFFICKED_RETURNEE})
     */
    record CareFact(long placementId, long caseId, Sex sex, boolean trafficked) {
    }
}
