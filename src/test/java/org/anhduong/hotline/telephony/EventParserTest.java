package org.anhduong.hotline.telephony;

import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading an event: numbers to E.164, withheld numbers however a PBX says so, every bad field named. */
class EventParserTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Instant NOW = Instant.parse("2026-03-08T02:15:00Z");

    static JsonNode body(String json) {
        return EventParser.object(JSON, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRingingEventWithANumber() {
        TelephonyEvent event = EventParser.event(body("""
                {"callId": "1741420500.42", "event": "ringing", "line": "1800 1769", "callerNumber": "0912 345 678",
                 "agent": "lan.nguyen", "timestamp": "2026-03-08T09:15:00.1234567+07:00", "extra": 1}"""), NOW);

        assertThat(event.type()).isEqualTo(EventType.RINGING);
        assertThat(event.callerPhone()).isEqualTo("+84912345678");
        assertThat(event.callerWithheld()).isFalse();
        assertThat(event.agent()).isEqualTo("lan.nguyen");
        assertThat(event.at()).isEqualTo(Instant.parse("2026-03-08T02:15:00.123456Z"));
        assertThat(event.toString()).doesNotContain("912");
    }

    @Test
    void aWithheldNumberIsNullBlankOrWhatPbxsWriteForIt() {
        for (String number : new String[]{"null", "\"\"", "\"anonymous\"", "\"Unknown\"", "\"PRIVATE\""}) {
            TelephonyEvent event = EventParser.event(body("""
                    {"callId": "c1", "event": "ended", "line": "111", "callerNumber": %s,
                     "timestamp": "2026-03-08T02:15:00Z"}""".formatted(number)), NOW);

            assertThat(event.callerWithheld()).as(number).isTrue();
            assertThat(event.callerPhone()).isNull();
        }
    }

    @Test
    void everyBadFieldIsNamedOnce() {
        assertThatThrownBy(() -> EventParser.event(body("""
                {"event": "hangup", "line": "111", "callerNumber": "12ab", "agent": 7,
                 "timestamp": "08/03/2026 09:15"}"""), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("callId", "event", "callerNumber", "agent", "timestamp"));
    }

    @Test
    void aTimeInTheFutureBeyondTheSkewIsRefused() {
        assertThatThrownBy(() -> EventParser.event(body("""
                {"callId": "c1", "event": "ringing", "line": "111", "timestamp": "2026-03-08T02:21:00Z"}"""), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("timestamp"));
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsRefusedWithoutQuotingIt() {
        for (String json : new String[]{"", "[1]", "{\"callId\": ", "0912345678"}) {
            assertThatThrownBy(() -> body(json)).as(json)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(FieldProblem::field).containsExactly("body"));
        }
    }

    @Test
    void theLineIsReadBeforeTheRest() {
        assertThat(EventParser.line(body("{\"line\": \"1800 1769\"}"))).isEqualTo("1800 1769");
        assertThat(EventParser.line(body("{\"line\": 18001769}"))).isEmpty();
        assertThat(EventParser.line(body("{}"))).isEmpty();
    }
}
