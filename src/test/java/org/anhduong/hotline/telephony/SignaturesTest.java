package org.anhduong.hotline.telephony;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The event signature: HMAC-SHA256 of "timestamp.body" under the line's secret, within five minutes. */
class SignaturesTest {

    static final String SECRET = "9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c0b2d4f6e8a0c2e4b6d8f0a2c4e6b8d0f";
    static final Instant NOW = Instant.parse("2026-03-08T02:15:00Z");
    static final String TIMESTAMP = String.valueOf(NOW.getEpochSecond());
    static final byte[] BODY = """
            {"callId":"1741420500.42","event":"ringing","line":"18001769","callerNumber":"0912345678",\
            "agent":null,"timestamp":"2026-03-08T09:15:00+07:00"}""".getBytes(StandardCharsets.UTF_8);

    @Test
    void aGoodSignatureMatches() {
        String header = Signatures.sign(SECRET, TIMESTAMP, BODY);

        assertThat(header).startsWith("sha256=").hasSize(7 + 64);
        assertThat(Signatures.matches(SECRET, TIMESTAMP, BODY, header)).isTrue();
        assertThat(Signatures.matches(SECRET, TIMESTAMP, BODY, header.toUpperCase(Locale.ROOT).replace("SHA256=", "sha256=")))
                .as("hex digits in either case").isTrue();
    }

    @Test
    void theExampleOfTheDocsGivesTheSignatureTheyShow() {
        // docs/telephony.md; computed there with: printf '%s.%s' "$TS" "$BODY" | openssl dgst -sha256 -hmac "$SECRET"
        String body = "{\"callId\":\"1772936100.42\",\"event\":\"ringing\",\"line\":\"18001769\","
                + "\"callerNumber\":\"0912345678\",\"agent\":\"lan.nguyen\",\"timestamp\":\"2026-03-08T09:15:00+07:00\"}";
        String header = Signatures.sign("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "1772936100",
                body.getBytes(StandardCharsets.UTF_8));

        assertThat(header).isEqualTo("sha256=11b35a095548e1f207a7540e8181f2529692554939288ec4f5128943416e3bd1");
    }

    @Test
    void aTamperedBodyDoesNotMatch() {
        String header = Signatures.sign(SECRET, TIMESTAMP, BODY);
        byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("ringing", "ended ")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(Signatures.matches(SECRET, TIMESTAMP, tampered, header)).isFalse();
    }

    @Test
    void anotherSecretOrTimestampDoesNotMatch() {
        String header = Signatures.sign(SECRET, TIMESTAMP, BODY);

        assertThat(Signatures.matches(SECRET.replace('9', '8'), TIMESTAMP, BODY, header)).isFalse();
        assertThat(Signatures.matches(SECRET, String.valueOf(NOW.getEpochSecond() + 1), BODY, header))
                .as("the timestamp is signed with the body").isFalse();
    }

    @Test
    void aMissingOrMalformedHeaderDoesNotMatch() {
        String hex = Signatures.sign(SECRET, TIMESTAMP, BODY).substring(7);

        assertThat(Signatures.matches(SECRET, TIMESTAMP, BODY, null)).isFalse();
        assertThat(Signatures.matches(SECRET, TIMESTAMP, BODY, hex)).as("without the scheme").isFalse();
        assertThat(Signatures.matches(SECRET, TIMESTAMP, BODY, "sha1=" + hex)).isFalse();
        assertThat(Signatures.matches(SECRET, TIMESTAMP, BODY, "sha256=" + hex.substring(2))).isFalse();
        assertThat(Signatures.matches(SECRET, TIMESTAMP, BODY, "sha256=" + hex.substring(2) + "zz")).isFalse();
    }

    @Test
    void aTimestampMoreThanFiveMinutesAwayIsStale() {
        assertThat(Signatures.fresh(TIMESTAMP, NOW)).isTrue();
        assertThat(Signatures.fresh(String.valueOf(NOW.getEpochSecond() - 300), NOW)).isTrue();
        assertThat(Signatures.fresh(String.valueOf(NOW.getEpochSecond() + 300), NOW)).isTrue();
        assertThat(Signatures.fresh(String.valueOf(NOW.getEpochSecond() - 301), NOW)).as("replayed").isFalse();
        assertThat(Signatures.fresh(String.valueOf(NOW.getEpochSecond() + 301), NOW)).isFalse();
    }

    @Test
    void aTimestampMustBeUnixSeconds() {
        assertThat(Signatures.fresh(null, NOW)).isFalse();
        assertThat(Signatures.fresh("", NOW)).isFalse();
        assertThat(Signatures.fresh("2026-03-08T02:15:00Z", NOW)).isFalse();
        assertThat(Signatures.fresh(TIMESTAMP + "000", NOW)).as("milliseconds").isFalse();
        assertThat(Signatures.fresh("-" + TIMESTAMP, NOW)).isFalse();
    }
}
