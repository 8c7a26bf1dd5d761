package org.anhduong.audit.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditOutcome;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

class EventHashTest {

    static final Instant NOW = Instant.parse("2025-03-05T01:02:03.123456789Z");
    static final ChainHead START = new ChainHead(0, EventHash.GENESIS);

    @Test
    void theFirstEventLinksToSixtyFourZerosAndGetsAHexSha256() {
        ChainedEvent event = ChainedEvent.after(START, NOW, AuditEntry.success("case.open", "case", 1), Actor.NOBODY, null);

        assertThat(event.id()).isEqualTo(1);
        assertThat(event.prevHash()).isEqualTo("0".repeat(64));
        assertThat(event.hash()).matches("[0-9a-f]{64}");
        assertThat(event.sealIntact()).isTrue();
    }

    @Test
    void timeIsKeptToTheMicrosecondLikePostgresql() {
        ChainedEvent event = ChainedEvent.after(START, NOW, AuditEntry.success("case.open", "case", 1), Actor.NOBODY, null);

        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2025-03-05T01:02:03.123456Z"));
    }

    @Test
    void theSerialisationIsUnambiguous() {
        // The same characters split differently between two fields must not hash alike.
        String ab = hash(new Actor(1L, "ab"), "c.d", "1");
        String a = hash(new Actor(1L, "a"), "bc.d", "1");
        String noRecord = hash(new Actor(1L, "a"), "bc.d", null);
        String noUser = hash(new Actor(null, "a"), "bc.d", "1");

        assertThat(ab).isNotEqualTo(a);
        assertThat(a).isNotEqualTo(noRecord).isNotEqualTo(noUser);
    }

    @Test
    void theSameContentAlwaysHashesAlikeAndEveryFieldCounts() {
        var entry = AuditEntry.success("case.open", "case", 1);
        ChainedEvent one = ChainedEvent.after(START, NOW, entry, Actor.NOBODY, "10.0.0.1");

        assertThat(ChainedEvent.after(START, NOW, entry, Actor.NOBODY, "10.0.0.1").hash()).isEqualTo(one.hash());
        assertThat(ChainedEvent.after(START, NOW, entry, Actor.NOBODY, "10.0.0.2").hash()).isNotEqualTo(one.hash());
        assertThat(ChainedEvent.after(START, NOW.plusNanos(1000), entry, Actor.NOBODY, "10.0.0.1").hash()).isNotEqualTo(one.hash());
        assertThat(ChainedEvent.after(new ChainHead(0, "1".repeat(64)), NOW, entry, Actor.NOBODY, "10.0.0.1").hash())
                .isNotEqualTo(one.hash());
        assertThat(ChainedEvent.after(START, NOW, AuditEntry.of("case.open", "case", 1, AuditOutcome.DENIED), Actor.NOBODY,
                "10.0.0.1").hash()).isNotEqualTo(one.hash());
    }

    @Test
    void theFormatOfExistingChainsNeverChanges() {
        // Recomputed outside Java from the documented format; another value means stored chains would no longer verify.
        ChainedEvent event = ChainedEvent.after(new ChainHead(41, "a".repeat(64)), NOW,
                AuditEntry.of("case.open", "case", 7, AuditOutcome.DENIED), new Actor(3L, "Lan.Nguyen"), "10.0.0.1");

        assertThat(event.hash()).isEqualTo("c49d0cec4cd4d41d4d836164190e4952de926a278cae0cb981bd819989ad243b");
    }

    @Test
    void aPendingEventIsSealedExactlyAsAnEventAppendedDirectly() {
        var pending = new PendingEvent(99, NOW.truncatedTo(ChronoUnit.MICROS), 3L, "Lan.Nguyen",
                "case.open", "case", "7", AuditOutcome.DENIED, "10.0.0.1");
        ChainHead head = new ChainHead(41, "a".repeat(64));

        assertThat(pending.sealedAfter(head)).isEqualTo(ChainedEvent.after(head, NOW,
                AuditEntry.of("case.open", "case", 7, AuditOutcome.DENIED), new Actor(3L, "Lan.Nguyen"), "10.0.0.1"));
    }

    @Test
    void theUsernameIsSearchableWhateverItsCase() {
        ChainedEvent event = ChainedEvent.after(START, NOW, AuditEntry.success("user.read", "user", 3),
                new Actor(3L, "Lan.NGUYEN"), null);

        assertThat(event.actorUsername()).isEqualTo("Lan.NGUYEN");
        assertThat(event.actorUsernameKey()).isEqualTo("lan.nguyen");
    }

    private static String hash(Actor actor, String action, String recordId) {
        return ChainedEvent.after(START, NOW, AuditEntry.success(action, "case", recordId), actor, null).hash();
    }
}
