package org.anhduong.referral;

import org.anhduong.casework.EspSector;
import org.anhduong.platform.security.Roles;
import org.anhduong.referral.ReferralFigures.ReferralFact;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.anhduong.referral.ReferralCalls.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The referral facts reporting filters by scope, counted with the rule of {@link ReferralFigures#facts}, agree with
 * {@link ReferralFigures#countsBySector}: over periods that hold a referral's send, its acceptance or its completion
 * only, for all organisations and for one.
 */
@IntegrationTest
class ReferralFactsIT {

    @Autowired
    ReferralCalls calls;
    @Autowired
    ReferralFigures figures;

    @Test
    void factsCountedByTheRuleGiveTheCountsBySector() {
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        Caller partner = calls.aUserWithRoles(Roles.PARTNER);
        Caller admin = calls.aUserWithRoles(Roles.ADMINISTRATOR);
        long caseId = calls.aCase(worker);
        long serviceId = calls.aService(admin, partner.organisationId(), "Dịch vụ một cửa thử số liệu");
        calls.consentToReferral(worker, caseId, partner.organisationId());

        Instant beforeAll = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long completed = referral(worker, caseId, serviceId);
        long declined = referral(worker, caseId, serviceId);
        long sentOnly = referral(worker, caseId, serviceId);
        long withdrawn = referral(worker, caseId, serviceId);
        Instant afterSending = pause();
        answer(partner, completed, "accept", "", "\"0\"");
        answer(partner, withdrawn, "accept", "", "\"0\"");
        answer(partner, declined, "decline", "{\"text\": \"Hết giường trong tuần này\"}", "\"0\"");
        Instant afterAnswers = pause();
        answer(partner, completed, "complete", "{\"text\": \"Đã khám xong\"}", "\"1\"");
        answer(worker, withdrawn, "withdraw", "{\"text\": \"Chị đã tự đến bệnh viện\"}", "\"1\"");
        Instant afterAll = pause();

        for (Instant[] period : List.of(new Instant[]{beforeAll, afterAll}, new Instant[]{beforeAll, afterSending},
                new Instant[]{afterSending, afterAll}, new Instant[]{afterSending, afterAnswers},
                new Instant[]{afterAnswers, afterAll})) {
            Instant from = period[0];
            Instant to = period[1];
            List<ReferralFact> facts = figures.facts(from, to);
            assertThat(counted(facts, from, to, null)).isEqualTo(figures.countsBySector(from, to, null));
            assertThat(counted(facts, from, to, worker.organisationId()))
                    .isEqualTo(figures.countsBySector(from, to, worker.organisationId()));
        }

        List<ReferralFact> all = mine(figures.facts(beforeAll, afterAll), caseId);
        assertThat(all).extracting(ReferralFact::referralId).containsExactly(completed, declined, sentOnly, withdrawn);
        assertThat(all).allSatisfy(f -> {
            assertThat(f.caseOrganisationId()).isEqualTo(worker.organisationId());
            assertThat(f.sector()).isEqualTo(EspSector.HEALTH);
            assertThat(f.sentAt()).isBetween(beforeAll, afterSending);
        });
        assertThat(all.get(0).acceptedAt()).isBetween(afterSending, afterAnswers);
        assertThat(all.get(0).completedAt()).isBetween(afterAnswers, afterAll);
        assertThat(all.get(1).acceptedAt()).as("declined").isNull();
        assertThat(all.get(3).completedAt()).as("withdrawn").isNull();
        assertThat(mine(figures.facts(afterAnswers, afterAll), caseId)).extracting(ReferralFact::referralId)
                .as("completed in the period, sent before it").containsExactly(completed)
                .allSatisfy(id -> assertThat(all.get(0).sentAt()).isBefore(afterAnswers));
        assertThatThrownBy(() -> figures.facts(afterAll, afterAll)).isInstanceOf(IllegalArgumentException.class);
    }

    /** {@code countsBySector} computed from the facts, every sector listed in the enum's order. */
    private static List<SectorCount> counted(List<ReferralFact> facts, Instant from, Instant to,
                                             @Nullable Long organisation) {
        List<SectorCount> counts = new ArrayList<>();
        for (EspSector sector : EspSector.values()) {
            List<ReferralFact> kept = facts.stream().filter(f -> f.sector() == sector)
                    .filter(f -> organisation == null || f.caseOrganisationId() == organisation).toList();
            counts.add(new SectorCount(sector, kept.stream().filter(f -> within(f.sentAt(), from, to)).count(),
                    kept.stream().filter(f -> within(f.acceptedAt(), from, to)).count(),
                    kept.stream().filter(f -> within(f.completedAt(), from, to)).count()));
        }
        return counts;
    }

    private static boolean within(@Nullable Instant at, Instant from, Instant to) {
        return at != null && !at.isBefore(from) && at.isBefore(to);
    }

    private static List<ReferralFact> mine(List<ReferralFact> facts, long caseId) {
        return facts.stream().filter(f -> f.caseId() == caseId).toList();
    }

    private long referral(Caller worker, long caseId, long serviceId) {
        return ReferralCalls.created(calls.refer(worker, caseId, serviceId, ""));
    }

    private void answer(Caller caller, long id, String action, String json, String version) {
        var answer = calls.postIfMatch(caller, REFERRALS + "/" + id + "/" + action, json, version);
        assertThat(answer.status()).as(action).isEqualTo(200);
    }

    /** A moment strictly between the steps before and after it. */
    private static Instant pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return now;
    }
}
