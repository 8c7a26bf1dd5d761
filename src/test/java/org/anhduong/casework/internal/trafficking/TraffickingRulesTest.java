package org.anhduong.casework.internal.trafficking;

import org.anhduong.casework.HandingAuthority;
import org.anhduong.casework.HandoverTo;
import org.anhduong.casework.TraffickingDetails;
import org.anhduong.casework.TraffickingStatus;
import org.anhduong.casework.TraffickingSupport;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.anhduong.casework.TraffickingStatus.IDENTIFIED_VICTIM;
import static org.anhduong.casework.TraffickingStatus.REPORTED;
import static org.anhduong.casework.TraffickingStatus.UNDER_IDENTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TraffickingRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final LocalDate RETURNED = LocalDate.of(2026, 2, 14);

    @Test
    void anIdentifiedVictimHandedOverToHerFamilyIsKeptWithTextsStripped() {
        var kept = TraffickingRules.checked(UNDER_IDENTIFICATION, details(IDENTIFIED_VICTIM, HandoverTo.TO_FAMILY,
                LocalDate.of(2026, 3, 1), " bỏ qua "), TODAY);

        assertThat(kept.status()).isEqualTo(IDENTIFIED_VICTIM);
        assertThat(kept.returnPlace()).isEqualTo("Cửa khẩu Móng Cái");
        assertThat(kept.handoverOrganisation()).as("only a hand-over to an organisation names one").isNull();
        assertThat(kept.support()).containsExactlyInAnyOrder(TraffickingSupport.TRAVEL_HOME, TraffickingSupport.LEGAL_AID);
    }

    @Test
    void aStatusOutOfOrderIsRefused() {
        assertThat(problems(REPORTED, details(IDENTIFIED_VICTIM, null, null, null)))
                .containsExactly("status casework.trafficking.statusOrder");
    }

    @Test
    void aHandOverWaitsForTheDecisionAndNeedsItsDateAndOrganisation() {
        assertThat(problems(REPORTED, details(UNDER_IDENTIFICATION, HandoverTo.TO_ORGANISATION, null, null)))
                .containsExactlyInAnyOrder("handoverTo casework.trafficking.handoverBeforeDecision",
                        "handoverDate validation.required", "handoverOrganisation validation.required");
    }

    @Test
    void aHandOverBeforeTheReturnOrADateAheadIsRefused() {
        assertThat(problems(UNDER_IDENTIFICATION, details(IDENTIFIED_VICTIM, HandoverTo.TO_FAMILY,
                LocalDate.of(2026, 2, 1), null)))
                .containsExactly("handoverDate casework.trafficking.handoverBeforeReturn");
        assertThat(problems(UNDER_IDENTIFICATION, details(IDENTIFIED_VICTIM, HandoverTo.TO_FAMILY,
                TODAY.plusDays(1), null)))
                .containsExactly("handoverDate casework.date.future");
    }

    /** The problems, as "field messageKey". */
    private static List<String> problems(TraffickingStatus before, TraffickingDetails details) {
        var refused = catchThrowableOfType(InvalidInputException.class,
                () -> TraffickingRules.checked(before, details, TODAY));
        assertThat(refused).as("refused").isNotNull();
        return refused.problems().stream().map(p -> p.field() + " " + p.messageKey()).toList();
    }

    private static TraffickingDetails details(TraffickingStatus status, @Nullable HandoverTo to,
                                              @Nullable LocalDate on, @Nullable String organisation) {
        return new TraffickingDetails(status, RETURNED, "  Cửa khẩu Móng Cái ", HandingAuthority.BORDER_GUARD,
                "Đồn Biên phòng cửa khẩu quốc tế Móng Cái", Set.of(TraffickingSupport.TRAVEL_HOME,
                TraffickingSupport.LEGAL_AID), to, on, organisation);
    }
}
