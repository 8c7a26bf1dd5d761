package org.anhduong.shelter;

import org.anhduong.hotline.Sex;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.Ui;
import org.anhduong.shelter.ShelterFigures.CareFact;
import org.anhduong.shelter.ShelterFigures.EpisodeFact;
import org.anhduong.shelter.ShelterFigures.PersonFact;
import org.anhduong.shelter.ShelterFigures.StayFact;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.anhduong.shelter.ShelterCalls.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The facts reporting filters by scope, counted with the rules their Javadoc gives, agree with the counts shelter has
 * always given: an episode spanning two months, a mother supported in two episodes, her child companion in both, an
 * adult companion, a stay open to this day, children in care by sex. Periods of 1999 are this test's own, but the
 * comparison holds whatever else is stored, so it is made over whole periods.
 */
@IntegrationTest
class ShelterFactsIT {

    @Autowired
    ShelterCalls calls;

    @Autowired
    ShelterFigures figures;

    @Test
    void emergencyFactsCountedByTheRulesGiveTheFigures() {
        Caller admin = calls.aUserWithRoles(Roles.ADMINISTRATOR);
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        long facility = calls.facility(admin, worker.organisationId(), "SHELTER", 10, true);
        long mother = calls.aCase(worker, 1975, """
                {"relation": "CHILD", "sex": "MALE", "dateOfBirth": "1990"},
                {"relation": "SIBLING", "sex": "FEMALE", "dateOfBirth": "1980"}""");
        List<Long> companions = calls.companionIds(worker, mother);
        JsonNode march = calls.episode(worker, mother, day("1999-03-30"), companions);
        long client = personOfKind(march, "CLIENT");
        JsonNode spanning = created(calls.place(worker, march.get("id").asLong(), client, facility, day("1999-03-30")));
        assertThat(calls.discharge(worker, spanning.get("id").asLong(), day("1999-04-02"), "\"1\"").status())
                .isEqualTo(200);
        JsonNode april = calls.episode(worker, mother, day("1999-04-10"), List.of(companions.getFirst()));
        long child = personOfKind(april, "COMPANION");
        JsonNode open = created(calls.place(worker, april.get("id").asLong(), child, facility, day("1999-04-10")));
        calls.episode(worker, calls.aCase(worker, 1988, ""), day("1999-04-15"), List.of());
        try {
            checkEmergency(worker, mother, march, client, child, spanning, open);
        } finally {
            // An open stay adds nights to every later period, other tests' included.
            assertThat(calls.discharge(worker, open.get("id").asLong(), day("1999-04-20"), "\"1\"").status())
                    .isEqualTo(200);
        }
        assertThat(counted(day("1999-04-01"), day("1999-04-30")))
                .isEqualTo(figures.emergency(day("1999-04-01"), day("1999-04-30")));
    }

    private void checkEmergency(Caller worker, long mother, JsonNode march, long client, long child,
                                JsonNode spanning, JsonNode open) {
        for (var period : List.of(List.of("1999-03-01", "1999-03-31"), List.of("1999-04-01", "1999-04-30"),
                List.of("1999-03-01", "1999-04-30"), List.of("1999-03-31", "1999-03-31"),
                List.of("1999-05-01", "1999-12-31"))) {
            LocalDate from = day(period.get(0));
            LocalDate to = day(period.get(1));
            assertThat(counted(from, to)).as("%s to %s", from, to).isEqualTo(figures.emergency(from, to));
        }

        List<EpisodeFact> inMarch = figures.emergencyEpisodes(day("1999-03-01"), day("1999-03-31"));
        EpisodeFact first = inMarch.stream().filter(e -> e.episodeId() == march.get("id").asLong()).findFirst()
                .orElseThrow();
        assertThat(first.caseId()).isEqualTo(mother);
        assertThat(first.organisationId()).isEqualTo(worker.organisationId());
        assertThat(first.persons()).extracting(PersonFact::kind)
                .containsExactly(PersonKind.CLIENT, PersonKind.COMPANION, PersonKind.COMPANION);
        assertThat(first.persons()).filteredOn(PersonFact::accompanyingChild).extracting(PersonFact::personId)
                .as("the boy born 1990, not the sister born 1980").containsExactly(child);
        assertThat(figures.emergencyEpisodes(day("1999-04-01"), day("1999-04-30")))
                .as("the March episode belongs to March only").noneMatch(e -> e.episodeId() == first.episodeId())
                .filteredOn(e -> e.caseId() == mother).singleElement()
                .satisfies(e -> assertThat(e.persons()).extracting(PersonFact::personId).contains(client, child));

        List<StayFact> aprilStays = figures.emergencyStays(day("1999-04-01"), day("1999-04-30"));
        assertThat(aprilStays).filteredOn(s -> s.caseId() == mother).extracting(StayFact::placementId)
                .as("the stay begun in March and the open one").containsExactly(spanning.get("id").asLong(),
                        open.get("id").asLong());
        assertThat(aprilStays).filteredOn(s -> s.placementId() == open.get("id").asLong()).singleElement()
                .satisfies(s -> {
                    assertThat(s.dischargedOn()).isNull();
                    assertThat(s.personId()).isEqualTo(child);
                });
        assertThat(figures.emergencyStays(day("1999-04-02"), day("1999-04-02")))
                .as("discharged that day: no night, yet a day of the period")
                .anyMatch(s -> s.placementId() == spanning.get("id").asLong());
        assertThatThrownBy(() -> figures.emergencyEpisodes(day("1999-05-02"), day("1999-05-01")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> figures.emergencyStays(day("1999-05-02"), day("1999-05-01")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void careFactsCountedByTheRulesGiveTheFigures() {
        Caller admin = calls.aUserWithRoles(Roles.ADMINISTRATOR);
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        long facility = calls.facility(admin, worker.organisationId(), "SOCIAL_PROTECTION", 20, true);
        long caseId = calls.aCase(worker, 1970, """
                {"relation": "CHILD", "sex": "FEMALE", "dateOfBirth": "1989"},
                {"relation": "CHILD", "sex": "MALE", "dateOfBirth": "1992"}""");
        List<Long> children = calls.companionIds(worker, caseId);
        String care = ShelterCalls.cases(caseId, "/residential-care");
        JsonNode girl = created(calls.post(worker, care, """
                {"companionId": %d, "facilityId": %d, "admittedOn": "1999-05-01", "reason": "TRAFFICKED_RETURNEE"}"""
                .formatted(children.get(0), facility)));
        JsonNode boy = created(calls.post(worker, care, """
                {"companionId": %d, "facilityId": %d, "admittedOn": "1999-05-10", "reason": "ABUSE_OR_VIOLENCE"}"""
                .formatted(children.get(1), facility)));
        assertThat(calls.discharge(worker, girl.get("id").asLong(), day("1999-06-01"), "\"1\"").status())
                .isEqualTo(200);
        try {
            checkCare(caseId, girl, boy);
        } finally {
            // An open stay is counted on every later day, in other tests' periods too.
            assertThat(calls.discharge(worker, boy.get("id").asLong(), day("1999-07-01"), "\"1\"").status())
                    .isEqualTo(200);
        }
    }

    private void checkCare(long caseId, JsonNode girl, JsonNode boy) {
        for (String on : List.of("1999-04-30", "1999-05-01", "1999-05-15", "1999-06-01", "1999-12-31")) {
            assertThat(counted(day(on))).as(on).isEqualTo(figures.residentialCare(day(on)));
        }
        assertThat(figures.residentialCareOn(day("1999-05-15"))).filteredOn(c -> c.caseId() == caseId)
                .extracting(CareFact::placementId, CareFact::sex, CareFact::trafficked)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(girl.get("id").asLong(), Sex.FEMALE, true),
                        org.assertj.core.groups.Tuple.tuple(boy.get("id").asLong(), Sex.MALE, false));
        assertThat(figures.residentialCareOn(day("1999-06-01"))).filteredOn(c -> c.caseId() == caseId)
                .extracting(CareFact::placementId).as("she left that day").containsExactly(boy.get("id").asLong());
    }

    /** The figures counted from the facts by the rules of {@link ShelterFigures#emergencyEpisodes} and {@code emergencyStays}. */
    private EmergencyFigures counted(LocalDate from, LocalDate to) {
        List<EpisodeFact> episodes = figures.emergencyEpisodes(from, to);
        List<StayFact> stays = figures.emergencyStays(from, to);
        LocalDate today = LocalDate.now(Ui.ZONE);
        long cases = episodes.stream().map(EpisodeFact::caseId).distinct().count();
        long persons = episodes.stream().flatMap(e -> e.persons().stream()).map(PersonFact::personId).distinct().count();
        long children = episodes.stream().flatMap(e -> e.persons().stream()).filter(PersonFact::accompanyingChild)
                .map(PersonFact::personId).distinct().count();
        long admissions = stays.stream().filter(s -> !s.admittedOn().isBefore(from) && !s.admittedOn().isAfter(to))
                .count();
        long nights = 0;
        for (StayFact stay : stays) {
            LocalDate start = stay.admittedOn().isAfter(from) ? stay.admittedOn() : from;
            LocalDate stop = stay.dischargedOn() == null || stay.dischargedOn().isAfter(today) ? today
                    : stay.dischargedOn();
            stop = stop.isAfter(to.plusDays(1)) ? to.plusDays(1) : stop;
            nights += Math.max(0, ChronoUnit.DAYS.between(start, stop));
        }
        return new EmergencyFigures(from, to, cases, persons, children, admissions, nights);
    }

    /** The care figures counted from the facts by the rules of {@link ShelterFigures#residentialCareOn}. */
    private CareFigures counted(LocalDate on) {
        Map<Sex, Long> children = new EnumMap<>(Sex.class);
        Map<Sex, Long> trafficked = new EnumMap<>(Sex.class);
        for (Sex sex : Sex.values()) {
            children.put(sex, 0L);
            trafficked.put(sex, 0L);
        }
        for (CareFact fact : figures.residentialCareOn(on)) {
            children.merge(fact.sex(), 1L, Long::sum);
            if (fact.trafficked()) {
                trafficked.merge(fact.sex(), 1L, Long::sum);
            }
        }
        return new CareFigures(on, children, trafficked);
    }

    private static long personOfKind(JsonNode episode, String kind) {
        for (JsonNode person : episode.get("persons")) {
            if (kind.equals(person.get("kind").asString())) {
                return person.get("id").asLong();
            }
        }
        throw new AssertionError("no " + kind + " in the episode");
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
