package org.anhduong.casework.internal.work;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AlertRecipientsTest {

    @Test
    void theCasesOwnSupervisorAloneIsAlertedWhenItHasOne() {
        assertThat(AlertRecipients.of(7L, List.of(3L, 7L, 9L))).containsExactly(7L);
    }

    @Test
    void theCasesSupervisorIsAlertedEvenWhenNoLongerListedAmongTheOrganisations() {
        assertThat(AlertRecipients.of(12L, List.of(3L))).containsExactly(12L);
    }

    @Test
    void everySupervisorOfTheOrganisationIsAlertedOnceWhenTheCaseHasNone() {
        assertThat(AlertRecipients.of(null, List.of(9L, 3L, 9L))).containsExactly(3L, 9L);
    }

    @Test
    void nobodyIsAlertedWhenTheOrganisationHasNoSupervisor() {
        assertThat(AlertRecipients.of(null, List.of())).isEmpty();
    }
}
