package org.anhduong.test;

import org.anhduong.identity.TestUsers;
import org.anhduong.identity.UserAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What every module's API test helper (HotlineCalls, CaseworkCalls) shares: users with tokens, requests in their name,
 * numbers nobody else uses and the audit rows a test expects. Each helper is a bean of the shared test context that
 * extends this with its own records; it reaches the server on the port the context started it on.
 */
public abstract class ApiCalls {

    private final TestUsers users;
    private final Environment environment;
    private final JdbcClient jdbc;
    private @Nullable Api api;

    protected ApiCalls(TestUsers users, Environment environment, JdbcClient jdbc) {
        this.users = users;
        this.environment = environment;
        this.jdbc = jdbc;
    }

    /** A signed-in user: the account and an API token. */
    public record Caller(UserAccount account, String token) {

        public long id() {
            return account.id();
        }

        public long organisationId() {
            return account.organisationId();
        }
    }

    /** The server's port is known only once it started, after this bean was made. */
    public Api api() {
        if (api == null) {
            api = new Api(environment.getRequiredProperty("local.server.port", Integer.class));
        }
        return api;
    }

    public Caller aUserWithRoles(String... roles) {
        return signIn(users.aUserWithRoles(roles));
    }

    public Caller aColleagueOf(Caller colleague, String... roles) {
        return signIn(users.aUserInOrganisation(colleague.organisationId(), roles));
    }

    private Caller signIn(UserAccount account) {
        return new Caller(account, api().token(account.username(), TestUsers.PASSWORD));
    }

    /** A Vietnamese mobile number in national form nobody else uses, "09" and eight random digits. */
    public static String aPhoneNumber() {
        return "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public Api.Response get(Caller caller, String path) {
        return api().get(path, caller.token());
    }

    public Api.Response post(Caller caller, String path, String json) {
        return api().post(path, caller.token(), json);
    }

    public Api.Response delete(Caller caller, String path) {
        return api().delete(path, caller.token());
    }

    public Api.Response delete(Caller caller, String path, @Nullable String ifMatch) {
        return send("DELETE", "", path, caller, "If-Match", ifMatch);
    }

    public Api.Response patch(Caller caller, String path, String json, @Nullable String ifMatch) {
        return send("PATCH", json, path, caller, "If-Match", ifMatch);
    }

    public Api.Response put(Caller caller, String path, String json, @Nullable String ifMatch) {
        return send("PUT", json, path, caller, "If-Match", ifMatch);
    }

    /** A JSON request in the caller's name, with the header when it has a value. */
    protected Api.Response send(String method, String json, String path, Caller caller, String header,
                                @Nullable String value) {
        HttpRequest.Builder request = api().request(path).header("Authorization", "Bearer " + caller.token())
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        if (value != null) {
            request.header(header, value);
        }
        return api().send(request);
    }

    /** The outcomes of the audit events of one action on one record by one user, oldest first. */
    public List<String> auditOutcomes(String action, String recordType, long recordId, long userId) {
        return auditOutcomes(jdbc, action, recordType, recordId, userId);
    }

    /** The same for a static helper, which has no bean to ask. */
    public static List<String> auditOutcomes(JdbcClient jdbc, String action, String recordType, long recordId,
                                             long userId) {
        AuditRows.awaitSealed(jdbc);
        return jdbc.sql("""
                        SELECT outcome FROM audit_events
                        WHERE action = :action AND record_type = :type AND record_id = :id AND actor_user_id = :user
                        ORDER BY id""")
                .param("action", action).param("type", recordType).param("id", String.valueOf(recordId))
                .param("user", userId).query(String.class).list();
    }
}
