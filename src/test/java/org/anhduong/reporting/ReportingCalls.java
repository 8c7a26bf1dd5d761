package org.anhduong.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.anhduong.identity.TestUsers;
import org.anhduong.platform.web.Ui;
import org.anhduong.test.Api;
import org.anhduong.test.ApiCalls;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The public API as a tester recording half a year of activity calls it: contacts, cases, services, emergency support,
 * trafficking records and hand-overs, children in care, referrals; each call failing the test when it is refused.
 */
@Component
class ReportingCalls extends ApiCalls {

    static final String SUMMARY = "/api/v1/reports/summary";
    static final String CASES = "/api/v1/cases";

    ReportingCalls(TestUsers users, Environment environment, JdbcClient jdbc) {
        super(users, environment, jdbc);
    }

    static LocalDate today() {
        return LocalDate.now(Ui.ZONE);
    }

    /** The instant of a local time on a day in Vietnam. */
    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(Ui.ZONE).toInstant();
    }

    JsonNode created(Api.Response answer) {
        if (answer.status() != 201) {
            throw new AssertionError("answered " + answer.status() + ": " + answer.body());
        }
        return answer.json();
    }

    JsonNode ok(Api.Response answer) {
        if (answer.status() != 200) {
            throw new AssertionError("answered " + answer.status() + ": " + answer.body());
        }
        return answer.json();
    }

    /** A contact received at {@code when}, of a type, with categories (JSON strings), on a channel. */
    long contact(Caller counsellor, Instant when, String type, String channel, String categories) {
        return created(post(counsellor, "/api/v1/contacts", """
                {"type": "%s", "channel": "%s", "receivedAt": "%s", "callerPhone": "%s", "categories": [%s],
                 "urgency": "ROUTINE"%s}""".formatted(type, channel, when, aPhoneNumber(), categories,
                org.anhduong.hotline.ContactType.valueOf(type).dataContact() ? ", \"outcome\": \"RESOLVED\"" : "")))
                .get("id").asLong();
    }

    long openCase(Caller worker, String json) {
        return created(post(worker, CASES, json)).get("id").asLong();
    }

    List<Long> companionIds(Caller worker, long caseId) {
        List<Long> ids = new ArrayList<>();
        get(worker, CASES + "/" + caseId + "/companions").json().forEach(c -> ids.add(c.get("id").asLong()));
        return ids;
    }

    void service(Caller worker, long caseId, String type, LocalDate on) {
        created(post(worker, CASES + "/" + caseId + "/services", """
                {"type": "%s", "givenOn": "%s"}""".formatted(type, on)));
    }

    void consent(Caller worker, long caseId, String purpose, String recipient) {
        created(post(worker, CASES + "/" + caseId + "/consents", """
                {"purpose": "%s", %s"givenBy": "CLIENT", "givenOn": "%s"}"""
                .formatted(purpose, recipient, today())));
    }

    JsonNode summary(Caller caller, String query) {
        return ok(get(caller, SUMMARY + "?" + query));
    }
}
