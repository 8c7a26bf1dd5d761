package org.anhduong.casework.internal.handover;

import org.anhduong.casework.HandoverDetails;
import org.anhduong.casework.HandoverTo;
import org.anhduong.casework.NewHandoverVisit;
import org.anhduong.casework.ReceiverRelation;
import org.anhduong.casework.TraffickingStatus;
import org.anhduong.casework.Wellbeing;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class HandoverRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final LocalDate RETURNED = LocalDate.of(2026, 2, 14);
    static final HandoverRules.Trafficking IDENTIFIED =
            new HandoverRules.Trafficking(TraffickingStatus.IDENTIFIED_VICTIM, RETURNED);

    @Test
    void aHandOverToHerMotherIsKeptWithoutOrganisationFields() {
        var kept = checked(new HandoverDetails(HandoverTo.TO_FAMILY, LocalDate.of(2026, 3, 1), " 06718 ",
                "  Hoàng Thị Mai ", ReceiverRelation.PARENT, 7L, "bỏ qua", " Mẹ đón tại xã "), IDENTIFIED);

        assertThat(kept.communeCode()).isEqualTo("06718");
        assertThat(kept.receiverName()).isEqualTo("Hoàng Thị Mai");
        assertThat(kept.notes()).isEqualTo("Mẹ đón tại xã");
        assertThat(kept.receivingOrganisationId()).as("only a hand-over to an organisation names one").isNull();
        assertThat(kept.receivingOrganisationName()).isNull();
    }

    @Test
    void aTraffickingHandOverWaitsForTheDecisionAndComesAfterHerReturn() {
        var underIdentification = new HandoverRules.Trafficking(TraffickingStatus.UNDER_IDENTIFICATION, RETURNED);
        assertThat(problems(() -> checked(family(LocalDate.of(2026, 2, 1)), underIdentification)))
                .containsExactlyInAnyOrder("to casework.handover.beforeDecision",
                        "handedOverOn casework.handover.beforeReturn");
        assertThat(problems(() -> checked(family(TODAY.plusDays(1)), null)))
                .containsExactly("handedOverOn casework.date.future");
    }

    @Test
    void anOrganisationIsNamedByIdWhenKnownElseByName() {
        var byName = checked(organisation(null, " Trung tâm Hy Vọng "), null);
        assertThat(byName.receivingOrganisationName()).isEqualTo("Trung tâm Hy Vọng");
        var byId = checked(organisation(7L, "Trung tâm Hy Vọng"), null);
        assertThat(byId.receivingOrganisationId()).isEqualTo(7L);
        assertThat(byId.receivingOrganisationName()).as("the directory names it").isNull();
        assertThat(problems(() -> checked(organisation(null, " "), null)))
                .containsExactly("receivingOrganisationName casework.handover.organisationRequired");
        assertThat(problems(() -> checked(organisation(99L, null), null)))
                .containsExactly("receivingOrganisationId casework.handover.unknownOrganisation");
    }

    @Test
    void aMissingKindOrDayAndAnUnknownCommuneAreRefused() {
        assertThat(problems(() -> checked(new HandoverDetails(null, null, "99999", null, null, null, null, null), null)))
                .containsExactlyInAnyOrder("to validation.required", "handedOverOn validation.required",
                        "communeCode casework.commune.unknown");
    }

    @Test
    void aVisitComesAfterTheHandOverAndNotAhead() {
        LocalDate handedOver = LocalDate.of(2026, 3, 1);
        var kept = HandoverRules.checked(new NewHandoverVisit(handedOver, " Cán bộ xã ", Wellbeing.STABLE, null),
                handedOver, TODAY);
        assertThat(kept.visitedBy()).isEqualTo("Cán bộ xã");
        assertThat(problems(() -> HandoverRules.checked(new NewHandoverVisit(handedOver.minusDays(1), null, null, null),
                handedOver, TODAY)))
                .containsExactlyInAnyOrder("visitedOn casework.handover.visitBeforeHandover",
                        "wellbeing validation.required");
        assertThat(problems(() -> HandoverRules.checked(new NewHandoverVisit(TODAY.plusDays(1), null, Wellbeing.AT_RISK,
                null), handedOver, TODAY)))
                .containsExactly("visitedOn casework.date.future");
    }

    private static HandoverDetails family(LocalDate on) {
        return new HandoverDetails(HandoverTo.TO_FAMILY, on, null, null, null, null, null, null);
    }

    private static HandoverDetails organisation(@Nullable Long id, @Nullable String name) {
        return new HandoverDetails(HandoverTo.TO_ORGANISATION, LocalDate.of(2026, 3, 1), null, null, null, id, name,
                null);
    }

    private static HandoverDetails checked(HandoverDetails details, HandoverRules.@Nullable Trafficking trafficking) {
        return HandoverRules.checked(details, trafficking, TODAY, "06718"::equals, id -> id == 7L);
    }

    /** The problems, as "field messageKey". */
    private static List<String> problems(Executable check) {
        var refused = catchThrowableOfType(InvalidInputException.class, check::execute);
        assertThat(refused).as("refused").isNotNull();
        return refused.problems().stream().map(p -> p.field() + " " + p.messageKey()).toList();
    }
}
