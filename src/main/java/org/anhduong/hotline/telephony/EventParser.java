package org.anhduong.hotline.telephony;

import org.anhduong.platform.text.PhoneNumbers;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an event's JSON: {@code callId}, {@code event}, {@code line}, {@code callerNumber}, {@code agent},
 * {@code timestamp}. Every bad field is reported at once, by name, without its value. Unknown fields are ignored so a
 * PBX may send more than it needs to.
 */
final class EventParser {

    private static final Pattern CALL_ID = Pattern.compile("[\\x21-\\x7e]{1,100}");
    /** What PBXs put in the caller-id field when the caller hid the number. */
    private static final Set<String> WITHHELD = Set.of("", "anonymous", "unknown", "private", "restricted",
            "withheld", "unavailable");
    private static final int MAX_PHONE = 40;
    private static final int MAX_AGENT = 100;

    private final List<FieldProblem> problems = new ArrayList<>();
    private final JsonNode root;
    private final Instant now;

    private EventParser(JsonNode root, Instant now) {
        this.root = root;
        this.now = now;
    }

    /** The body as a JSON object; a 400 on anything else. */
    static JsonNode object(JsonMapper json, byte[] body) {
        try {
            JsonNode root = json.readTree(body);
            if (root != null && root.isObject()) {
                return root;
            }
        } catch (JacksonException malformed) {
            // Reported below like any other body that is not an object; the parser's message may quote the body.
        }
        throw new InvalidInputException("body", "hotline.telephony.body");
    }

    /** The {@code line} field, or empty when there is none (and the request cannot be authenticated). */
    static String line(JsonNode root) {
        JsonNode line = root.get("line");
        return line != null && line.isString() ? line.stringValue() : "";
    }

    /** @throws InvalidInputException naming every bad field */
    static TelephonyEvent event(JsonNode root, Instant now) {
        return new EventParser(root, now).parse();
    }

    private TelephonyEvent parse() {
        String callId = text("callId", MAX_AGENT);
        EventType type = type();
        String number = text("callerNumber", MAX_PHONE);
        boolean withheld = number == null || WITHHELD.contains(number.toLowerCase(Locale.ROOT));
        String phone = withheld ? null : PhoneNumbers.normalise(number).orElse(null);
        if (!withheld && phone == null) {
            problem("callerNumber", "hotline.phone.invalid");
        }
        String agent = text("agent", MAX_AGENT);
        Instant at = timestamp();
        if (callId == null || !CALL_ID.matcher(callId).matches()) {
            problem("callId", "hotline.telephony.callId");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new TelephonyEvent(callId, type, phone, withheld, agent, at);
    }

    private @Nullable EventType type() {
        String code = text("event", 20);
        for (EventType type : EventType.values()) {
            if (type.code().equals(code)) {
                return type;
            }
        }
        problem("event", "hotline.telephony.event");
        return null;
    }

    /** ISO-8601 with an offset, e.g. "2026-03-08T09:15:00+07:00"; not in the future beyond the clock skew allowed. */
    private @Nullable Instant timestamp() {
        String text = text("timestamp", 64);
        try {
            Instant at = OffsetDateTime.parse(text == null ? "" : text).toInstant().truncatedTo(ChronoUnit.MICROS);
            if (!at.isAfter(now.plus(Signatures.MAX_SKEW))) {
                return at;
            }
        } catch (DateTimeParseException e) {
            // Reported as a field problem, without the value.
        }
        problem("timestamp", "hotline.telephony.timestamp");
        return null;
    }

    /** The stripped text of a string field; null when absent, null or blank; a problem when not a string or too long. */
    private @Nullable String text(String field, int max) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString() || node.stringValue().length() > max) {
            problem(field, "validation.format");
            return null;
        }
        String text = node.stringValue().strip();
        return text.isEmpty() ? null : text;
    }

    /** One problem per field: the first found says enough. */
    private void problem(String field, String messageKey) {
        if (problems.stream().noneMatch(p -> p.field().equals(field))) {
            problems.add(new FieldProblem(field, messageKey));
        }
    }
}
