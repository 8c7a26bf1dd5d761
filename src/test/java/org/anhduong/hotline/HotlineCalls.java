package org.anhduong.hotline;

import org.anhduong.identity.TestUsers;
import org.anhduong.identity.UserAccount;
import org.anhduong.test.Api;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.net.http.HttpRequest;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The hotline API as a client calls it, for the integration tests: users with tokens, contacts, numbers nobody else
 * uses (so tests never depend on what else the tables hold), and the audit rows a test expects. A bean of the shared
 * test context; it reaches the server on the port the context started it on.
 */
@Component
class HotlineCalls {

    static final String CONTACTS = "/api/v1/contacts";
    static final String LOOKUP = "/api/v1/callers/lookup";

    private final TestUsers users;
    private final Environment environment;
    private @Nullable Api api;

    HotlineCalls(TestUsers users, Environment environment) {
        this.users = users;
        this.environment = environment;
    }

    /** A signed-in user: the account and an API token. */
    /** The server's port is known only once it started, after this bean was made. */
    Api api() {
        if (api == null) {
            api = new Api(environment.getRequiredProperty("local.server.port", Integer.class));
        }
        return api;
    }

    record Caller(UserAccount account, String token) {

        long organisationId() {
            return account.organisationId();
        }
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

    /** A Vietnamese mobile number in national form, "09" and eight random digits. */
    static String aPhoneNumber() {
        return "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** "0912345678" as "+84912345678". */
    static String e164(String national) {
        return "+84" + national.substring(1);
    }

    Api.Response record(Caller caller, String json) {
        return api().post(CONTACTS, caller.token(), json);
    }

    Api.Response record(Caller caller, String json, String idempotencyKey) {
        return send("POST", json, CONTACTS, caller, "Idempotency-Key", idempotencyKey);
    }

    /** Records a contact and returns its id, failing the test when it is not created. */
    long recorded(Caller caller, String json) {
        Api.Response response = record(caller, json);
        if (response.status() != 201) {
            throw new AssertionError("recording answered " + response.status() + ": " + response.body());
        }
        return response.json().get("id").asLong();
    }

    Api.Response get(Caller caller, String path) {
        return api().get(path, caller.token());
    }

    Api.Response post(Caller caller, String path, String json) {
        return api().post(path, caller.token(), json);
    }

    Api.Response delete(Caller caller, String path) {
        return api().delete(path, caller.token());
    }

    Api.Response patch(Caller caller, String path, String json, @Nullable String ifMatch) {
        return send("PATCH", json, path, caller, "If-Match", ifMatch);
    }

    Api.Response put(Caller caller, String path, String json, @Nullable String ifMatch) {
        return send("PUT", json, path, caller, "If-Match", ifMatch);
    }

    Api.Response lookup(Caller caller, String phone) {
        return api().post(LOOKUP, caller.token(), "{\"phone\":\"" + phone + "\"}");
    }

    private Api.Response send(String method, String json, String path, Caller caller, String header,
                              @Nullable String value) {
        HttpRequest.Builder request = api().request(path).header("Authorization", "Bearer " + caller.token())
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        if (value != null) {
            request.header(header, value);
        }
        return api().send(request);
    }

    /** The outcome of the audit events of one action on one contact by one user, oldest first. */
    static java.util.List<String> auditOutcomes(JdbcClient jdbc, String action, long contactId, long userId) {
        return jdbc.sql("""
                        SELECT outcome FROM audit_events
                        WHERE action = :action AND record_type = 'contact' AND record_id = :id AND actor_user_id = :user
                        ORDER BY id""")
                .param("action", action).param("id", String.valueOf(contactId)).param("user", userId)
                .query(String.class).list();
    }
}
