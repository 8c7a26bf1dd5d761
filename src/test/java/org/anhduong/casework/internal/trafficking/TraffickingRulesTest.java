package org.anhduong.casework.internal.trafficking;

import org.anhduong.casework.HandingAuthority;
import org.anhduong.casework.TraffickingDetails;
import org.anhduong.casework.TraffickingStatus;
import org.anhduong.casework.TraffickingSupport;
import org.anhduong.platform.web.InvalidInputException;
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
    void anIdentifiedVictimIsKeptWithTextsStripped() {
        var kept = TraffickingRules.checked(UNDER_IDENTIFICATION, details(IDENTIFIED_VICTIM, RETURNED), TODAY);

        assertThat(kept.status()).isEqualTo(IDENTIFIED_VICTIM);
        assertThat(kept.returnPlace()).isEqualTo("Cửa khẩu Móng Cái");
        assertThat(kept.support()).containsExactlyInAnyOrder(TraffickingSupport.TRAVEL_HOME, TraffickingSupport.LEGAL_AID);
    }

    @Test
    void aStatusOutOfOrderIsRefused() {
        assertThat(problems(REPORTED, details(IDENTIFIED_VICTIM, RETURNED)))
                .containsExactly("status casework.trafficking.statusOrder");
    }

    @Test
    void aReturnAheadIsRefused() {
        assertThat(problems(REPORTED, details(UNDER_IDENTIFICATION, TODAY.plusDays(1))))
                .containsExactly("returnDate casework.date.future");
    }

    /** The problems, as "field messageKey". */
    private static List<String> problems(TraffickingStatus before, TraffickingDetails details) {
        var refused = catchThrowableOfType(InvalidInputException.class,
                () -> TraffickingRules.checked(before, details, TODAY));
        assertThat(refused).as("refused").isNotNull();
        return refused.problems().stream().map(p -> p.field() + " " + p.messageKey()).toList();
    }

    private static TraffickingDetails details(TraffickingStatus status, LocalDate returned) {
        return new TraffickingDetails(status, returned, "  Cửa khẩu Móng Cái ", HandingAuthority.BORDER_GUARD,
                "Đồn Biên phòng cửa khẩu quốc tế Móng Cái", Set.of(TraffickingSupport.TRAVEL_HOME,
                TraffickingSupport.LEGAL_AID));
    }
}
