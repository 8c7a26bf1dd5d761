package org.anhduong.shelter;

import org.anhduong.platform.security.Roles;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;

import static org.anhduong.shelter.ShelterCalls.created;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures reporting reads, over periods of 2003 that no other test uses: an episode spanning two months, a client
 * supported twice, a companion who is an adult, nights split between periods, children in care by sex on a day.
 */
@IntegrationTest
class ShelterFiguresIT {

    static final String FIGURES = "/api/v1/shelter/figures";

    @Autowired
    ShelterCalls calls;

    @Test
    void emergencySupportIsCountedOncePerPersonAndNightsFallInTheirPeriod() {
        Caller admin = calls.aUserWithRoles(Roles.ADMINISTRATOR);
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        long facility = calls.facility(admin, worker.organisationId(), "SHELTER", 10, true);
        long mother = calls.aCase(worker, 1975, """
                {"relation": "CHILD", "sex": "FEMALE", "dateOfBirth": "1995"},
                {"relation": "SIBLING", "sex": "FEMALE", "dateOfBirth": "1980"}""");
        List<Long> companions = calls.companionIds(worker, mother);
        JsonNode march = calls.episode(worker, mother, day("2003-03-30"), companions);
        JsonNode stay = created(calls.place(worker, march.get("id").asLong(),
                march.get("persons").get(0).get("id").asLong(), facility, day("2003-03-30")));
        assertThat(calls.discharge(worker, stay.get("id").asLong(), day("2003-04-02"), "\"1\"").status())
                .isEqualTo(200);
        calls.episode(worker, mother, day("2003-04-10"), List.of(companions.getFirst()));
        long alone = calls.aCase(worker, 1988, "");
        calls.episode(worker, alone, day("2003-04-15"), List.of());

        assertThat(figures(admin, "2003-03-01", "2003-03-31"))
                .containsExactly(1L, 3L, 1L, 1L, 2L);
        assertThat(figures(admin, "2003-04-01", "2003-04-30"))
                .as("the mother again, her child again, the other client").containsExactly(2L, 3L, 1L, 0L, 1L);
        assertThat(figures(admin, "2003-03-01", "2003-04-30")).containsExactly(2L, 4L, 1L, 1L, 3L);
        assertThat(figures(admin, "2003-05-01", "2003-05-31")).containsExactly(0L, 0L, 0L, 0L, 0L);
        assertThat(calls.get(admin, FIGURES + "/emergency?from=2003-05-02&to=2003-05-01").status()).isEqualTo(400);
        assertThat(calls.get(worker, FIGURES + "/emergency?from=2003-05-01&to=2003-05-31").status()).isEqualTo(403);
    }

    @Test
    void childrenInResidentialCareAreCountedBySexOnAnyDay() {
        Caller admin = calls.aUserWithRoles(Roles.ADMINISTRATOR);
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        Caller viewer = calls.aUserWithRoles(Roles.VIEWER);
        Caller officer = calls.aUserWithRoles(Roles.PROGRAMME_OFFICER);
        long facility = calls.facility(admin, worker.organisationId(), "SOCIAL_PROTECTION", 20, true);
        long caseId = calls.aCase(worker, 1976, """
                {"relation": "CHILD", "sex": "FEMALE", "dateOfBirth": "1990"},
                {"relation": "CHILD", "sex": "MALE", "dateOfBirth": "1994"}""");
        List<Long> children = calls.companionIds(worker, caseId);
        String care = ShelterCalls.cases(caseId, "/residential-care");
        JsonNode girl = created(calls.post(worker, care, """
                {"companionId": %d, "facilityId": %d, "admittedOn": "2003-05-01", "reason": "TRAFFICKED_RETURNEE"}"""
                .formatted(children.get(0), facility)));
        created(calls.post(worker, care, """
                {"companionId": %d, "facilityId": %d, "admittedOn": "2003-05-10", "reason": "ABUSE_OR_VIOLENCE"}"""
                .formatted(children.get(1), facility)));
        calls.discharge(worker, girl.get("id").asLong(), day("2003-06-01"), "\"1\"");
        var adult = calls.post(worker, care, """
                {"facilityId": %d, "admittedOn": "2003-05-10", "reason": "OTHER"}""".formatted(facility));
        assertThat(adult.status()).as("the client is an adult").isEqualTo(400);
        assertThat(calls.get(worker, care).json()).hasSize(2);

        // Viewers see figures only with small counts suppressed, which the reporting module will do.
        assertThat(calls.get(viewer, FIGURES + "/residential-care?on=2003-05-15").status()).isEqualTo(403);
        JsonNode may = calls.get(officer, FIGURES + "/residential-care?on=2003-05-15").json();
        assertThat(may.get("children").get("FEMALE").asLong()).isEqualTo(1);
        assertThat(may.get("children").get("MALE").asLong()).isEqualTo(1);
        assertThat(may.get("traffickedChildren").get("FEMALE").asLong()).isEqualTo(1);
        assertThat(may.get("traffickedChildren").get("MALE").asLong()).isZero();
        JsonNode june = calls.get(officer, FIGURES + "/residential-care?on=2003-06-01").json();
        assertThat(june.get("children").get("FEMALE").asLong()).as("left that day").isZero();
        assertThat(june.get("totalChildren").asLong()).isEqualTo(1);
        assertThat(june.get("totalTrafficked").asLong()).isZero();
    }

    /** cases, persons, accompanying children, admissions, person-nights */
    private List<Long> figures(Caller caller, String from, String to) {
        JsonNode f = calls.get(caller, FIGURES + "/emergency?from=" + from + "&to=" + to).json();
        return List.of(f.get("cases").asLong(), f.get("persons").asLong(), f.get("accompanyingChildren").asLong(),
                f.get("admissions").asLong(), f.get("personNights").asLong());
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
