package org.anhduong.casework.internal.protection;

import org.anhduong.casework.DecisionTarget;
import org.anhduong.casework.NotifiedParty;
import org.anhduong.casework.OrderDecision;
import org.anhduong.casework.OrderIssuer;
import org.anhduong.casework.OrderRevocation;
import org.anhduong.casework.OrderStatus;
import org.anhduong.casework.ProtectionOrderDetails;
import org.anhduong.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProtectionOrderRulesTest {

    static final Instant NOW = Instant.parse("2026-03-10T03:00:00Z");
    static final Instant REQUESTED = Instant.parse("2026-03-02T01:30:00Z");

    @Test
    void aCommuneChairsOrderOfThreeDaysIsKeptAndThreeAndAHalfIsTooLong() {
        var kept = checked(granted(OrderIssuer.COMMUNE_CHAIR, Duration.ofDays(3)));
        assertThat(kept.endsAt()).isEqualTo(REQUESTED.plus(Duration.ofHours(6)).plus(Duration.ofDays(3)));

        var refused = catchThrowableOfType(InvalidInputException.class,
                () -> checked(granted(OrderIssuer.COMMUNE_CHAIR, Duration.ofHours(84))));
        assertThat(refused).isInstanceOf(OrderTooLongException.class);
        assertThat(refused.code()).isEqualTo("protection-order-too-long");
        assertThat(refused.problems()).extracting(p -> p.field() + " " + p.messageKey())
                .containsExactly("endsAt " + ProtectionOrderRules.TOO_LONG);
    }

    @Test
    void aCourtMayOrderSixMonthsButNotAnEndBeforeTheStart() {
        assertThat(checked(granted(OrderIssuer.COURT, Duration.ofDays(183))).issuer()).isEqualTo(OrderIssuer.COURT);
        assertThat(problems(() -> checked(granted(OrderIssuer.COURT, Duration.ofHours(-1)))))
                .containsExactly("endsAt casework.protection.endBeforeStart");
    }

    @Test
    void aGrantedOrderNeedsItsSpanAndADecisionComesAfterTheRequest() {
        var details = new ProtectionOrderDetails(OrderIssuer.COMMUNE_CHAIR, REQUESTED, OrderDecision.GRANTED,
                REQUESTED.minusSeconds(60), null, null, 5L, Set.of(), null);
        assertThat(problems(() -> checked(details))).containsExactlyInAnyOrder(
                "decidedAt casework.protection.decidedBeforeRequest", "startsAt validation.required",
                "endsAt validation.required", "perpetratorId casework.protection.unknownPerpetrator");
        assertThat(problems(() -> checked(new ProtectionOrderDetails(null, NOW.plus(Duration.ofHours(1)), null, null,
                null, null, null, null, null))))
                .containsExactlyInAnyOrder("issuer validation.required", "requestedAt casework.protection.future");
    }

    @Test
    void aRefusedOrderKeepsNoSpan() {
        var kept = checked(new ProtectionOrderDetails(OrderIssuer.COMMUNE_CHAIR, REQUESTED, OrderDecision.REFUSED,
                REQUESTED.plusSeconds(3600), REQUESTED, REQUESTED.plus(Duration.ofDays(9)), null, null, null));
        assertThat(kept.startsAt()).isNull();
        assertThat(kept.endsAt()).isNull();
    }

    @Test
    void theStatusAndTheTwelveHourTargetAreDerived() {
        var requested = new ProtectionOrderDetails(OrderIssuer.COMMUNE_CHAIR, REQUESTED, null, null, null, null, null,
                null, null);
        assertThat(ProtectionOrderRules.status(requested, null, REQUESTED.plusSeconds(60))).isEqualTo(OrderStatus.REQUESTED);
        assertThat(ProtectionOrderRules.target(requested, REQUESTED.plus(Duration.ofHours(11))))
                .isEqualTo(DecisionTarget.PENDING);
        assertThat(ProtectionOrderRules.target(requested, REQUESTED.plus(Duration.ofHours(13))))
                .isEqualTo(DecisionTarget.MISSED);

        var granted = granted(OrderIssuer.COMMUNE_CHAIR, Duration.ofDays(3));
        assertThat(ProtectionOrderRules.target(granted, NOW)).as("decided after 6 hours").isEqualTo(DecisionTarget.MET);
        assertThat(ProtectionOrderRules.status(granted, null, granted.startsAt().plusSeconds(60)))
                .isEqualTo(OrderStatus.IN_FORCE);
        assertThat(ProtectionOrderRules.status(granted, null, granted.endsAt())).isEqualTo(OrderStatus.EXPIRED);
        assertThat(ProtectionOrderRules.status(granted, LocalDate.of(2026, 3, 3), NOW)).isEqualTo(OrderStatus.REVOKED);

        var late = new ProtectionOrderDetails(OrderIssuer.COURT, REQUESTED, OrderDecision.REFUSED,
                REQUESTED.plus(Duration.ofHours(13)), null, null, null, null, null);
        assertThat(ProtectionOrderRules.target(late, NOW)).isEqualTo(DecisionTarget.MISSED);
        assertThat(ProtectionOrderRules.status(late, null, NOW)).isEqualTo(OrderStatus.REFUSED);
    }

    @Test
    void aRevocationNeedsItsReasonAndComesAfterTheDecision() {
        LocalDate decided = LocalDate.of(2026, 3, 2);
        assertThat(problems(() -> ProtectionOrderRules.checked(new OrderRevocation(LocalDate.of(2026, 3, 1), " "),
                REQUESTED, LocalDate.of(2026, 3, 10), decided)))
                .containsExactlyInAnyOrder("revokedOn casework.protection.revokedBeforeDecision",
                        "reason validation.required");
        var kept = ProtectionOrderRules.checked(new OrderRevocation(decided, " Chị đề nghị "), REQUESTED,
                LocalDate.of(2026, 3, 10), decided);
        assertThat(kept.reason()).isEqualTo("Chị đề nghị");
    }

    private static ProtectionOrderDetails granted(OrderIssuer issuer, Duration span) {
        Instant decided = REQUESTED.plus(Duration.ofHours(6));
        return new ProtectionOrderDetails(issuer, REQUESTED, OrderDecision.GRANTED, decided, decided,
                decided.plus(span), null, Set.of(NotifiedParty.PERPETRATOR, NotifiedParty.POLICE), null);
    }

    private static ProtectionOrderDetails checked(ProtectionOrderDetails details) {
        return ProtectionOrderRules.checked(details, NOW, id -> id == 812L);
    }

    private static List<String> problems(Executable check) {
        var refused = catchThrowableOfType(InvalidInputException.class, check::execute);
        assertThat(refused).as("refused").isNotNull();
        return refused.problems().stream().map(p -> p.field() + " " + p.messageKey()).toList();
    }
}
