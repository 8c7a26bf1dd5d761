package org.anhduong.casework;

import org.anhduong.identity.TestUsers;
import org.anhduong.test.Api;
import org.anhduong.test.ApiCalls;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The casework API as a client calls it, for the integration tests: what {@link ApiCalls} gives every module, plus
 * cases with clients nobody else has (unique phones, căn cước numbers and name words, so tests never depend on what
 * else the tables hold).
 */
@Component
class CaseworkCalls extends ApiCalls {

    static final String CASES = "/api/v1/cases";

    CaseworkCalls(TestUsers users, Environment environment, JdbcClient jdbc) {
        super(users, environment, jdbc);
    }

    /**
     * A căn cước number of Quảng Ninh (022) with nine random digits. Fewer made two tests' clients the same person now
     * and then: with 100,000 serials and a few hundred cases in a run, a shared number (and so a duplicate warning) was
     * likely somewhere in the suite.
     */
    static String anIdNumber() {
        return "022" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
    }

    /** A made-up word of six letters, to make a name unique among the test data. */
    static String aWord() {
        var random = ThreadLocalRandom.current();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** A case from the 111 line with a client and two children. */
    static String intake111(String name, String phone, String idNumber) {
        return """
                {"type": "CHILD_ABUSE", "source": "NATIONAL_HOTLINE_111", "referringReference": "111-2026-004512",
                 "priority": "HIGH",
                 "client": {"fullName": "%s", "sex": "FEMALE", "dateOfBirth": "17/05/1994", "idNumber": "%s",
                            "phones": ["%s"], "address": "Tổ 5, khu 3, phường Hồng Gai", "ethnicity": "01",
                            "maritalStatus": "MARRIED", "occupation": "WORKER"},
                 "companions": [{"relation": "CHILD", "sex": "FEMALE", "dateOfBirth": "2017", "name": "Bé Na"},
                                {"relation": "CHILD", "sex": "MALE", "dateOfBirth": "2020-03"}]}"""
                .formatted(name, idNumber, phone);
    }

    Api.Response open(Caller caller, String json) {
        return post(caller, CASES, json);
    }

    /** Opens a case and returns its id, failing the test when it is not created. */
    long opened(Caller caller, String json) {
        Api.Response response = open(caller, json);
        if (response.status() != 201) {
            throw new AssertionError("opening answered " + response.status() + ": " + response.body());
        }
        return response.json().get("id").asLong();
    }

    /** Closes the case as a supervisor of the worker's organisation does: follow-up, closure request, approval. */
    static void close(CaseworkCalls calls, Caller worker, long caseId) {
        Caller supervisor = calls.aColleagueOf(worker, org.anhduong.platform.security.Roles.SUPERVISOR);
        String version = "\"" + calls.get(worker, CASES + "/" + caseId).json().get("case").get("version").asInt() + "\"";
        calls.patch(worker, CASES + "/" + caseId, "{\"status\": \"FOLLOW_UP\"}", version);
        String closure = CASES + "/" + caseId + "/closure";
        calls.post(worker, closure, "{\"reason\": \"GOALS_MET\"}");
        var approved = calls.post(supervisor, closure + "/approve", "");
        if (approved.status() != 200) {
            throw new AssertionError("closing answered " + approved.status() + ": " + approved.body());
        }
    }
}
