package org.anhduong.casework;

import org.anhduong.identity.TestUsers;
import org.anhduong.identity.UserAccount;
import org.anhduong.test.Api;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The casework API as a client calls it, for the integration tests: users with tokens, cases with clients nobody else
 * has (unique phones, căn cước numbers and name words, so tests never depend on what else the tables hold), and the
 * audit rows a test expects.
 */
@Component
class CaseworkCalls {

    static final String CASES = "/api/v1/cases";

    private final TestUsers users;
    private final Environment environment;
    private final JdbcClient jdbc;
    private @Nullable Api api;

    CaseworkCalls(TestUsers users, Environment environment, JdbcClient jdbc) {
        this.users = users;
        this.environment = environment;
        this.jdbc = jdbc;
    }

    record Caller(UserAccount account, String token) {

        long id() {
            return account.id();
        }

        long organisationId() {
            return account.organisationId();
        }
    }

    Api api() {
        if (api == null) {
            api = new Api(environment.getRequiredProperty("local.server.port", Integer.class));
        }
        return api;
    }

    Caller aUserWithRoles(String... roles) {
        return signIn(users.aUserWithRoles(roles));
    }

    Caller aColleagueOf(Caller colleague, String... roles) {
        return signIn(users.aUserInOrganisation(colleague.organisationId(), roles));
    }

    private Caller signIn(UserAccount account) {
        return new Caller(account, api().token(account.username(), TestUsers.PASSWORD));
    }

    /** A Vietnamese mobile number in national form nobody else uses. */
    static String aPhoneNumber() {
        return "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A căn cước number of Quảng Ninh (022) with a random serial. */
    static String anIdNumber() {
        return "0221940" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
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

    Api.Response get(Caller caller, String path) {
        return api().get(path, caller.token());
    }

    Api.Response post(Caller caller, String path, String json) {
        return api().post(path, caller.token(), json);
    }

    Api.Response patch(Caller caller, String path, String json, @Nullable String ifMatch) {
        return send("PATCH", json, path, caller, ifMatch);
    }

    Api.Response put(Caller caller, String path, String json, @Nullable String ifMatch) {
        return send("PUT", json, path, caller, ifMatch);
    }

    Api.Response delete(Caller caller, String path, @Nullable String ifMatch) {
        return send("DELETE", "", path, caller, ifMatch);
    }

    private Api.Response send(String method, String json, String path, Caller caller, @Nullable String ifMatch) {
        HttpRequest.Builder request = api().request(path).header("Authorization", "Bearer " + caller.token())
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api().send(request);
    }

    /** The outcomes of the audit events of one action on one record by one user, oldest first. */
    List<String> auditOutcomes(String action, String recordType, long recordId, long userId) {
        return jdbc.sql("""
                        SELECT outcome FROM audit_events
                        WHERE action = :action AND record_type = :type AND record_id = :id AND actor_user_id = :user
                        ORDER BY id""")
                .param("action", action).param("type", recordType).param("id", String.valueOf(recordId))
                .param("user", userId).query(String.class).list();
    }
}
