package org.anhduong.audit;

import org.anhduong.platform.command.MaintenanceCommand;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.anhduong.audit.AuditFixtures.aSignedInUser;
import static org.anhduong.audit.AuditFixtures.aUniqueRecordId;
import static org.anhduong.audit.AuditFixtures.eventsOfRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@IntegrationTest
class AuditChainIT {

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditSearch search;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    List<MaintenanceCommand> commands;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void appendedEventsKeepTheChainIntact() {
        String recordId = aUniqueRecordId();
        for (int i = 0; i < 5; i++) {
            trail.record(AuditEntry.success("test.append", "testRecord", recordId));
        }

        ChainVerification result = trail.verify();

        assertThat(result.intact()).isTrue();
        assertThat(result.firstBrokenId()).isNull();
        assertThat(result.eventsChecked()).isGreaterThanOrEqualTo(5);
        assertThat(search.search(eventsOfRecord(recordId)).items()).hasSize(5)
                .allSatisfy(e -> assertThat(e.action()).isEqualTo("test.append"));
    }

    @Test
    void theActorIsTheOneGivenOrElseTheSignedInUser() {
        String given = aUniqueRecordId();
        String signedIn = aUniqueRecordId();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(aSignedInUser(42, "lan.nguyen"), null, List.of()));

        trail.record(AuditEntry.of("login.failure", "user", given, AuditOutcome.FAILURE).by(7L, "minh.tran"));
        trail.record(AuditEntry.success("test.read", "testRecord", signedIn));

        AuditEvent first = only(given);
        assertThat(first.actorUserId()).isEqualTo(7L);
        assertThat(first.actorUsername()).isEqualTo("minh.tran");
        assertThat(first.outcome()).isEqualTo(AuditOutcome.FAILURE);
        AuditEvent second = only(signedIn);
        assertThat(second.actorUserId()).isEqualTo(42L);
        assertThat(second.actorUsername()).isEqualTo("lan.nguyen");
    }

    @Test
    void outsideARequestThereIsNoActorNorClientAddress() {
        String recordId = aUniqueRecordId();

        trail.record(AuditEntry.success("test.job", "testRecord", recordId));

        AuditEvent event = only(recordId);
        assertThat(event.actorUserId()).isNull();
        assertThat(event.actorUsername()).isNull();
        assertThat(event.clientAddress()).isNull();
    }

    @Test
    void aRolledBackChangeLeavesNoEventAndAnIntactChain() {
        String recordId = aUniqueRecordId();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            trail.record(AuditEntry.success("test.update", "testRecord", recordId));
            status.setRollbackOnly();
        });

        assertThat(search.search(eventsOfRecord(recordId)).items()).isEmpty();
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void recordingInsideAReadOnlyTransactionIsRefusedOnEveryDatabase() {
        var readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        assertThatIllegalStateException().isThrownBy(() -> readOnly.executeWithoutResult(status ->
                trail.record(AuditEntry.success("test.read", "testRecord", aUniqueRecordId()))));
    }

    @Test
    void verifyingIsItselfRecorded() {
        trail.verify();

        AuditEvent newest = search.search(new AuditQuery(null, null, "auditEvent", null, "audit.verify", null, null, null, 1))
                .items().getFirst();
        assertThat(newest.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(newest.recordId()).isNull();
    }

    @Test
    void concurrentAppendsFormOneIntactChain() throws Exception {
        String recordId = aUniqueRecordId();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        trail.record(AuditEntry.success("test.concurrent", "testRecord", recordId));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }

        assertThat(trail.verify().intact()).isTrue();
        assertThat(allEventsOf(recordId)).hasSize(160).extracting(AuditEvent::id).doesNotHaveDuplicates();
    }

    @Test
    void freeTextThatCouldCarryPersonalDataIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                trail.record(AuditEntry.success("test.read", "client", "Nguyễn Thị Lan")));
        assertThatIllegalArgumentException().isThrownBy(() ->
                trail.record(AuditEntry.success("test.read", "client", "x".repeat(65))));
        assertThatIllegalArgumentException().isThrownBy(() ->
                trail.record(AuditEntry.success("Read client 0912345678", "client", "1")));
        assertThatIllegalArgumentException().isThrownBy(() ->
                trail.record(AuditEntry.success("test.read", "client record", "1")));
    }

    @Test
    void theCommandReportsAnIntactChainWithExitCodeZero() {
        trail.record(AuditEntry.success("test.command", "testRecord", aUniqueRecordId()));
        var out = new ByteArrayOutputStream();

        int exitCode = command().run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(exitCode).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Audit chain intact. Events checked: ");
    }

    private MaintenanceCommand command() {
        return commands.stream().filter(c -> c.name().equals("audit-verify")).findFirst().orElseThrow();
    }

    private List<AuditEvent> allEventsOf(String recordId) {
        List<AuditEvent> all = new ArrayList<>();
        AuditEvents page = search.search(eventsOfRecord(recordId));
        all.addAll(page.items());
        while (page.hasNext()) {
            page = search.search(new AuditQuery(null, null, null, recordId, null, null, null, null, page.page() + 1));
            all.addAll(page.items());
        }
        return all;
    }

    private AuditEvent only(String recordId) {
        List<AuditEvent> items = search.search(eventsOfRecord(recordId)).items();
        assertThat(items).hasSize(1);
        return items.getFirst();
    }
}
