package org.anhduong.shelter;

import org.anhduong.identity.TestUsers;
import org.anhduong.test.Api;
import org.anhduong.test.ApiCalls;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The shelter API as a client calls it, for the integration tests: facilities, a mother's case with her two children,
 * episodes and placements, each call failing the test when it does not answer as a successful one should.
 */
@Component
class ShelterCalls extends ApiCalls {

    static final String FACILITIES = "/api/v1/shelter/facilities";
    static final String OCCUPANCY = "/api/v1/shelter/occupancy";
    static final String EPISODES = "/api/v1/emergency-episodes";
    static final String PLACEMENTS = "/api/v1/placements";

    ShelterCalls(TestUsers users, Environment environment, JdbcClient jdbc) {
        super(users, environment, jdbc);
    }

    static String cases(long caseId, String rest) {
        return "/api/v1/cases/" + caseId + rest;
    }

    /** A facility of the organisation, registered by the administrator. */
    long facility(Caller admin, long organisationId, String kind, int capacity, boolean children) {
        var answer = post(admin, FACILITIES, """
                {"organisationId": %d, "name": "Nhà tạm lánh thử %d", "kind": "%s", "capacity": %d,
                 "acceptsChildren": %s, "accessible": true, "address": "Số 7 ngõ Hoa Sữa, thôn Đông Hồ",
                 "contactPerson": "Bà Lý Thị Hoa"}"""
                .formatted(organisationId, System.nanoTime() % 100_000, kind, capacity, children));
        return created(answer).get("id").asLong();
    }

    /** A case of a mother (born 1994) with her two children (born 2017 and 2020); its id. */
    long aMotherWithTwoChildren(Caller worker) {
        var answer = post(worker, "/api/v1/cases", """
                {"type": "DOMESTIC_VIOLENCE", "source": "WALK_IN", "priority": "HIGH", "confirmNoDuplicate": true,
                 "client": {"sex": "FEMALE", "dateOfBirth": "1994"},
                 "companions": [{"relation": "CHILD", "sex": "FEMALE", "dateOfBirth": "2017"},
                                {"relation": "CHILD", "sex": "MALE", "dateOfBirth": "2020"}]}""");
        return created(answer).get("id").asLong();
    }

    /** A case of a woman born in {@code clientYear} with companions given as JSON objects; its id. */
    long aCase(Caller worker, int clientYear, String companions) {
        var answer = post(worker, "/api/v1/cases", """
                {"type": "TRAFFICKING", "source": "POLICE_OR_BORDER_HANDOVER", "confirmNoDuplicate": true,
                 "client": {"sex": "FEMALE", "dateOfBirth": "%d"}, "companions": [%s]}""".formatted(clientYear, companions));
        return created(answer).get("id").asLong();
    }

    List<Long> companionIds(Caller worker, long caseId) {
        var ids = new ArrayList<Long>();
        get(worker, cases(caseId, "/companions")).json().forEach(c -> ids.add(c.get("id").asLong()));
        return ids;
    }

    /** An episode started on {@code day} for the client and the companions; the episode as answered. */
    tools.jackson.databind.JsonNode episode(Caller worker, long caseId, LocalDate day, List<Long> companions) {
        return created(startEpisode(worker, caseId, day, companions));
    }

    Api.Response startEpisode(Caller worker, long caseId, LocalDate day, List<Long> companions) {
        return post(worker, cases(caseId, "/emergency-episodes"), """
                {"startedOn": "%s", "support": ["SAFE_ACCOMMODATION", "FOOD_AND_ESSENTIALS"], "companionIds": %s}"""
                .formatted(day, companions));
    }

    Api.Response place(Caller worker, long episodeId, long personId, long facilityId, LocalDate day) {
        return post(worker, EPISODES + "/" + episodeId + "/placements", """
                {"personId": %d, "facilityId": %d, "admittedOn": "%s"}""".formatted(personId, facilityId, day));
    }

    Api.Response discharge(Caller caller, long placementId, LocalDate day, String ifMatch) {
        return send("POST", "{\"dischargedOn\": \"%s\"}".formatted(day), PLACEMENTS + "/" + placementId + "/discharge",
                caller, "If-Match", ifMatch);
    }

    /** The board's line of one facility. */
    tools.jackson.databind.JsonNode boardLine(Caller caller, long facilityId) {
        for (var line : get(caller, OCCUPANCY).json()) {
            if (line.get("facilityId").asLong() == facilityId) {
                return line;
            }
        }
        throw new AssertionError("facility " + facilityId + " is not on the board");
    }

    static tools.jackson.databind.JsonNode created(Api.Response answer) {
        if (answer.status() != 201) {
            throw new AssertionError("answered " + answer.status() + ": " + answer.body());
        }
        return answer.json();
    }
}
