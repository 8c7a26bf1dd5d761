package org.anhduong.shelter;

import org.anhduong.platform.security.Roles;
import org.anhduong.test.Api;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.anhduong.shelter.EmergencySupportApiIT.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** Case workers placing at the same moment never over-fill a facility, nor put one person in two places. */
@IntegrationTest
class ConcurrentPlacementIT {

    @Autowired
    ShelterCalls calls;

    @Test
    void concurrentPlacementsNeverExceedTheCapacity() throws Exception {
        Caller admin = calls.aUserWithRoles(Roles.ADMINISTRATOR);
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        long facility = calls.facility(admin, worker.organisationId(), "SHELTER", 3, true);
        List<Callable<Api.Response>> placements = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long caseId = calls.aMotherWithTwoChildren(worker);
            JsonNode episode = calls.episode(worker, caseId, TODAY, List.of());
            long client = episode.get("persons").get(0).get("id").asLong();
            placements.add(() -> calls.place(worker, episode.get("id").asLong(), client, facility, TODAY));
        }

        List<Api.Response> answers = allAtOnce(placements);

        assertThat(answers.stream().filter(a -> a.status() == 201)).hasSize(3);
        assertThat(answers.stream().filter(a -> a.status() == 409)
                .map(a -> a.json().get("code").asString())).hasSize(5).containsOnly("capacity-exceeded");
        assertThat(calls.boardLine(worker, facility).get("occupied").asInt()).isEqualTo(3);
    }

    @Test
    void onePersonPlacedInTwoFacilitiesAtOnceGetsOnePlace() throws Exception {
        Caller admin = calls.aUserWithRoles(Roles.ADMINISTRATOR);
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        long caseId = calls.aMotherWithTwoChildren(worker);
        JsonNode episode = calls.episode(worker, caseId, TODAY, List.of());
        long client = episode.get("persons").get(0).get("id").asLong();
        List<Callable<Api.Response>> placements = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long facility = calls.facility(admin, worker.organisationId(), "TRUSTED_ADDRESS", 2, true);
            placements.add(() -> calls.place(worker, episode.get("id").asLong(), client, facility, TODAY));
        }

        List<Api.Response> answers = allAtOnce(placements);

        assertThat(answers.stream().filter(a -> a.status() == 201)).hasSize(1);
        assertThat(answers.stream().filter(a -> a.status() == 409).map(a -> a.json().get("code").asString()))
                .hasSize(3).containsOnly("placement-overlap");
    }

    /** Runs every call on its own thread, released together. */
    private static List<Api.Response> allAtOnce(List<Callable<Api.Response>> calls) throws Exception {
        var start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(calls.size())) {
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (Callable<Api.Response> call : calls) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Api.Response> answers = new ArrayList<>();
            for (Future<Api.Response> future : futures) {
                answers.add(future.get());
            }
            return answers;
        }
    }
}
