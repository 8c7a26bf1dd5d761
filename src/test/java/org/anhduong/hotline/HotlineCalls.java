package org.anhduong.hotline;

import org.anhduong.identity.TestUsers;
import org.anhduong.test.Api;
import org.anhduong.test.ApiCalls;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The hotline API as a client calls it, for the integration tests: what {@link ApiCalls} gives every module, plus
 * contacts, caller lookups and numbers in international form.
 */
@Component
class HotlineCalls extends ApiCalls {

    static final String CONTACTS = "/api/v1/contacts";
    static final String LOOKUP = "/api/v1/callers/lookup";

    HotlineCalls(TestUsers users, Environment environment, JdbcClient jdbc) {
        super(users, environment, jdbc);
    }

    /** "0912345678" as "+84912345678". */
    static String e164(String national) {
        return "+84" + national.substring(1);
    }

    /** A 10-digit mobile as screens show it: "0912 345 678". */
    static String shown(String national) {
        return national.substring(0, 4) + " " + national.substring(4, 7) + " " + national.substring(7);
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

    Api.Response lookup(Caller caller, String phone) {
        return api().post(LOOKUP, caller.token(), "{\"phone\":\"" + phone + "\"}");
    }

    /** The outcome of the audit events of one action on one contact by one user, oldest first. */
    static List<String> auditOutcomes(JdbcClient jdbc, String action, long contactId, long userId) {
        return auditOutcomes(jdbc, action, "contact", contactId, userId);
    }
}
