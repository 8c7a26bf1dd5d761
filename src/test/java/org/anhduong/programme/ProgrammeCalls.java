package org.anhduong.programme;

import org.anhduong.identity.TestUsers;
import org.anhduong.test.Api;
import org.anhduong.test.ApiCalls;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

/** The programme API as a client calls it, for the integration tests. */
@Component
class ProgrammeCalls extends ApiCalls {

    static final String BASE = "/api/v1/programme";

    ProgrammeCalls(TestUsers users, Environment environment, JdbcClient jdbc) {
        super(users, environment, jdbc);
    }

    Api.Response model(Caller caller, String name, String kind, boolean pilot, List<String> communes, String status,
                       LocalDate from) {
        return post(caller, BASE + "/models", """
                {"name": "%s", "kind": "%s", "pilot": %s, "programmePeriod": "2016–2020", "communes": %s,
                 "status": "%s", "statusFrom": "%s", "funders": "UNFPA, KOICA"}"""
                .formatted(name, kind, pilot, json(communes), status, from));
    }

    long campaign(Caller caller, String kind, int year) {
        return id(post(caller, BASE + "/campaigns", "{\"kind\": \"%s\", \"year\": %d}".formatted(kind, year)));
    }

    Api.Response activity(Caller caller, String kind, LocalDate day, String commune, Long campaignId, int female,
                          int male, int other) {
        return post(caller, BASE + "/activities", """
                {"kind": "%s", "heldOn": "%s", "communeCode": "%s", "campaignId": %s, "organiser": "Hội LHPN xã",
                 "participants": {"female": %d, "male": %d, "otherOrUnknown": %d},
                 "ageGroups": {"FROM_16_TO_29": %d}, "roles": {"COMMUNITY_MEMBER": %d}}"""
                .formatted(kind, day, commune, campaignId, female, male, other, female, male));
    }

    Api.Response training(Caller caller, String topic, String level, LocalDate day, String commune, int female,
                          int male) {
        return post(caller, BASE + "/trainings", """
                {"topic": "%s", "level": "%s", "startsOn": "%s", "endsOn": "%s", "communeCode": "%s",
                 "trainer": "Nguyễn Văn Bình", "participants": {"female": %d, "male": %d, "otherOrUnknown": 0},
                 "preTest": 55.5, "postTest": 81.25}"""
                .formatted(topic, level, day, day.plusDays(1), commune, female, male));
    }

    JsonNode summary(Caller caller, LocalDate from, LocalDate to) {
        Api.Response answer = get(caller, BASE + "/summary?from=" + from + "&to=" + to);
        if (answer.status() != 200) {
            throw new AssertionError("answered " + answer.status() + ": " + answer.body());
        }
        return answer.json();
    }

    /** The summary's XLSX as bytes, and its status. */
    HttpResponse<byte[]> workbook(Caller caller, LocalDate from, LocalDate to) {
        try {
            return HttpClient.newHttpClient().send(api().request(BASE + "/summary.xlsx?from=" + from + "&to=" + to)
                    .header("Authorization", "Bearer " + caller.token()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static long id(Api.Response answer) {
        return created(answer).get("id").asLong();
    }

    static JsonNode created(Api.Response answer) {
        if (answer.status() != 201) {
            throw new AssertionError("answered " + answer.status() + ": " + answer.body());
        }
        return answer.json();
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").toList().toString();
    }
}
