package org.anhduong.shelter;

import org.anhduong.platform.security.Roles;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.anhduong.shelter.ShelterCalls.created;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5's acceptance through the API: persons counted once, capacity and overlap refused, discharge frees places. */
@IntegrationTest
class EmergencySupportApiIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired
    ShelterCalls calls;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anEpisodeForAMotherAndHerTwoChildrenCountsThreePersons() {
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        long caseId = calls.aMotherWithTwoChildren(worker);
        List<Long> children = calls.companionIds(worker, caseId);
        var twice = new ArrayList<>(children);
        twice.add(children.getFirst());

        JsonNode episode = calls.episode(worker, caseId, TODAY.minusDays(2), twice);

        assertThat(episode.get("personCount").asInt()).isEqualTo(3);
        assertThat(episode.get("persons")).hasSize(3);
        assertThat(episode.get("persons").get(0).get("kind").asString()).isEqualTo("CLIENT");
        assertThat(episode.get("persons").get(1).get("relation").asString()).isEqualTo("CHILD");
        assertThat(episode.get("persons").get(2).get("birthYear").asInt()).isEqualTo(2020);
        assertThat(episode.toString()).doesNotContain("name");
        var listed = calls.get(worker, ShelterCalls.cases(caseId, "/emergency-episodes"));
        assertThat(listed.json().get(0).get("personCount").asInt()).isEqualTo(3);
        assertThat(calls.auditOutcomes("episode.create", "episode", episode.get("id").asLong(), worker.id()))
                .containsExactly("SUCCESS");
    }

    @Test
    void aPlacementBeyondCapacityIsRefusedWithAProblemThatNamesNobody() {
        Caller admin = calls.aUserWithRoles(Roles.ADMINISTRATOR);
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        long facility = calls.facility(admin, worker.organisationId(), "TRUSTED_ADDRESS", 2, true);
        long caseId = calls.aMotherWithTwoChildren(worker);
        JsonNode episode = calls.episode(worker, caseId, TODAY.minusDays(1), calls.companionIds(worker, caseId));
        long id = episode.get("id").asLong();
        JsonNode persons = episode.get("persons");

        assertThat(calls.place(worker, id, persons.get(0).get("id").asLong(), facility, TODAY).status()).isEqualTo(201);
        assertThat(calls.place(worker, id, persons.get(1).get("id").asLong(), facility, TODAY).status()).isEqualTo(201);
        var full = calls.place(worker, id, persons.get(2).get("id").asLong(), facility, TODAY);

        assertThat(full.status()).isEqualTo(409);
        assertThat(full.contentType()).startsWith("application/problem+json");
        assertThat(full.json().get("code").asString()).isEqualTo("capacity-exceeded");
        String detail = full.json().get("detail").asString();
        assertThat(detail).contains("2");
        String survivorCode = calls.get(worker, "/api/v1/cases/" + caseId).json().get("case").get("survivorCode")
                .asString();
        assertThat(full.body()).doesNotContain(survivorCode).doesNotContain("Hoa Sữa").doesNotContain("Lý Thị Hoa");
        assertThat(calls.boardLine(worker, facility).get("free").asInt()).isZero();
    }

    @Test
    void twoPlacementsOfOnePersonAtTheSameTimeAreRefusedAndADischargeFreesThePlace() {
        Caller admin = calls.aUserWithRoles(Roles.ADMINISTRATOR);
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        long first = calls.facility(admin, worker.organisationId(), "SHELTER", 5, true);
        long second = calls.facility(admin, worker.organisationId(), "TRUSTED_ADDRESS", 2, true);
        long caseId = calls.aMotherWithTwoChildren(worker);
        JsonNode episode = calls.episode(worker, caseId, TODAY.minusDays(5), List.of());
        long id = episode.get("id").asLong();
        long client = episode.get("persons").get(0).get("id").asLong();

        JsonNode stay = created(calls.place(worker, id, client, first, TODAY.minusDays(4)));
        var overlapping = calls.place(worker, id, client, second, TODAY.minusDays(1));
        assertThat(overlapping.status()).isEqualTo(409);
        assertThat(overlapping.json().get("code").asString()).isEqualTo("placement-overlap");
        assertThat(calls.boardLine(worker, first).get("occupied").asInt()).isEqualTo(1);

        long stayId = stay.get("id").asLong();
        assertThat(calls.discharge(worker, stayId, TODAY.minusDays(1), null).status()).isEqualTo(428);
        assertThat(calls.discharge(worker, stayId, TODAY.minusDays(1), "\"7\"").status()).isEqualTo(409);
        var discharged = calls.discharge(worker, stayId, TODAY.minusDays(1), "\"1\"");
        assertThat(discharged.status()).isEqualTo(200);
        assertThat(discharged.raw().headers().firstValue("ETag")).contains("\"2\"");
        assertThat(calls.discharge(worker, stayId, TODAY, "\"2\"").json().get("code").asString())
                .isEqualTo("already-discharged");

        assertThat(calls.boardLine(worker, first).get("free").asInt()).isEqualTo(5);
        assertThat(calls.place(worker, id, client, second, TODAY.minusDays(1)).status())
                .as("from the day she left").isEqualTo(201);
        assertThat(calls.auditOutcomes("placement.discharge", "placement", stayId, worker.id()))
                .containsExactly("SUCCESS");
    }

    @Test
    void episodeChangesNeedTheirVersionAndKeepPlacedPersons() {
        Caller admin = calls.aUserWithRoles(Roles.ADMINISTRATOR);
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        long facility = calls.facility(admin, worker.organisationId(), "SHELTER", 5, true);
        long caseId = calls.aMotherWithTwoChildren(worker);
        List<Long> children = calls.companionIds(worker, caseId);
        JsonNode episode = calls.episode(worker, caseId, TODAY.minusDays(3), children);
        long id = episode.get("id").asLong();
        created(calls.place(worker, id, episode.get("persons").get(1).get("id").asLong(), facility, TODAY));
        String path = ShelterCalls.EPISODES + "/" + id;

        String ended = """
                {"endedOn": "%s", "support": ["SAFE_ACCOMMODATION", "MEDICAL_CARE"], "companionIds": %s}"""
                .formatted(TODAY, children);
        assertThat(calls.put(worker, path, ended, null).status()).isEqualTo(428);
        assertThat(calls.put(worker, path, ended, "\"5\"").json().get("code").asString()).isEqualTo("stale-version");
        var dropping = calls.put(worker, path, """
                {"support": ["SAFE_ACCOMMODATION"], "companionIds": [%d]}""".formatted(children.get(1)), "\"1\"");
        assertThat(dropping.json().get("code").asString()).isEqualTo("person-placed");
        var saved = calls.put(worker, path, ended, "\"1\"");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("support")).hasSize(2);
        assertThat(saved.json().get("endedOn").asString()).isEqualTo(TODAY.toString());

        var invalid = calls.put(worker, path, """
                {"endedOn": "%s", "support": [], "companionIds": [999999999]}""".formatted(TODAY.minusDays(9)), "\"2\"");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("endedOn").contains("support").contains("companionIds[0]");
    }
}
