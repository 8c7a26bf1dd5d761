package org.anhduong.audit;

import org.anhduong.platform.web.Ui;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.anhduong.audit.AuditFixtures.aUniqueRecordId;
import static org.anhduong.audit.AuditFixtures.eventsOfRecord;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuditSearchIT {

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditSearch search;

    @Test
    void findsTheEventsOfAUserByUsernameWhateverTheCaseOrByUserId() {
        String username = "Hoa.Le-" + UUID.randomUUID().toString().substring(0, 8);
        long userId = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        trail.record(AuditEntry.success("test.read", "testRecord", aUniqueRecordId()).by(userId, username));
        trail.record(AuditEntry.success("test.read", "testRecord", aUniqueRecordId()).by(userId + 1, username + "x"));

        List<AuditEvent> byName = find(new AuditQuery(username.toUpperCase(), null, null, null, null, null, null, null, 1));
        List<AuditEvent> byId = find(new AuditQuery(null, userId, null, null, null, null, null, null, 1));

        assertThat(byName).singleElement().satisfies(e -> assertThat(e.actorUsername()).isEqualTo(username));
        assertThat(byId).singleElement().satisfies(e -> assertThat(e.actorUserId()).isEqualTo(userId));
    }

    @Test
    void findsARecordByTypeAndId() {
        String recordId = aUniqueRecordId();
        trail.record(AuditEntry.success("test.read", "caseFile", recordId));
        trail.record(AuditEntry.success("test.read", "clientFile", recordId));

        List<AuditEvent> found = find(new AuditQuery(null, null, "caseFile", recordId, null, null, null, null, 1));

        assertThat(found).singleElement().satisfies(e -> assertThat(e.recordType()).isEqualTo("caseFile"));
    }

    @Test
    void filtersByActionPrefixTakenLiterallyAndByOutcome() {
        String recordId = aUniqueRecordId();
        trail.record(AuditEntry.success("test.read", "testRecord", recordId));
        trail.record(AuditEntry.of("test.update", "testRecord", recordId, AuditOutcome.DENIED));
        trail.record(AuditEntry.success("testXread", "testRecord", recordId));

        assertThat(find(query(recordId, "test.", null))).extracting(AuditEvent::action)
                .containsExactly("test.update", "test.read");
        // "_" is a LIKE wildcard; here it must only match itself.
        assertThat(find(query(recordId, "test_", null))).isEmpty();
        assertThat(find(query(recordId, null, AuditOutcome.DENIED))).extracting(AuditEvent::action)
                .containsExactly("test.update");
    }

    @Test
    void filtersByCalendarDaysInVietnam() {
        String recordId = aUniqueRecordId();
        trail.record(AuditEntry.success("test.read", "testRecord", recordId));
        LocalDate day = LocalDate.ofInstant(find(eventsOfRecord(recordId)).getFirst().occurredAt(), Ui.ZONE);

        assertThat(find(between(recordId, day, day))).hasSize(1);
        assertThat(find(between(recordId, day.minusDays(3), day.minusDays(1)))).isEmpty();
        assertThat(find(between(recordId, day.plusDays(1), day.plusDays(2)))).isEmpty();
        assertThat(find(between(recordId, null, day))).hasSize(1);
        assertThat(find(between(recordId, day, null))).hasSize(1);
    }

    @Test
    void pagesHoldFiftyEventsNewestFirst() {
        String recordId = aUniqueRecordId();
        for (int i = 0; i < AuditEvents.PAGE_SIZE + 3; i++) {
            trail.record(AuditEntry.success("test.page", "testRecord", recordId));
        }

        AuditEvents first = search.search(eventsOfRecord(recordId));
        AuditEvents second = search.search(new AuditQuery(null, null, null, recordId, null, null, null, null, 2));

        assertThat(first.items()).hasSize(AuditEvents.PAGE_SIZE);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.items().getFirst().id()).isGreaterThan(first.items().getLast().id());
        assertThat(second.items()).hasSize(3);
        assertThat(second.hasNext()).isFalse();
        assertThat(second.page()).isEqualTo(2);
        assertThat(second.items().getFirst().id()).isLessThan(first.items().getLast().id());
    }

    private List<AuditEvent> find(AuditQuery query) {
        return search.search(query).items();
    }

    private static AuditQuery query(String recordId, String actionPrefix, AuditOutcome outcome) {
        return new AuditQuery(null, null, null, recordId, actionPrefix, outcome, null, null, 1);
    }

    private static AuditQuery between(String recordId, LocalDate from, LocalDate to) {
        return new AuditQuery(null, null, null, recordId, null, null, from, to, 1);
    }
}
