package org.anhduong.casework.internal;

import org.anhduong.platform.security.Roles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NeedToKnowTest {

    static final long ORG = 7;

    @Test
    void theAssignedWorkerAndTheCasesSupervisorAreOnTheTeam() {
        assertThat(NeedToKnow.onTeam(TestPrincipal.of(1, ORG, Roles.CASE_WORKER), ORG, 1L, null)).isTrue();
        assertThat(NeedToKnow.onTeam(TestPrincipal.of(2, 99, Roles.SUPERVISOR), ORG, 1L, 2L)).isTrue();
    }

    @Test
    void everySupervisorOfTheOrganisationIsOnTheTeamButNotOfAnother() {
        assertThat(NeedToKnow.onTeam(TestPrincipal.of(3, ORG, Roles.SUPERVISOR), ORG, null, null)).isTrue();
        assertThat(NeedToKnow.onTeam(TestPrincipal.of(3, 8, Roles.SUPERVISOR), ORG, null, null)).isFalse();
    }

    @Test
    void aColleagueNotAssignedIsNotOnTheTeam() {
        assertThat(NeedToKnow.onTeam(TestPrincipal.of(4, ORG, Roles.CASE_WORKER), ORG, 1L, 2L)).isFalse();
    }

    @Test
    void administratorsAndCounsellorsReadNoCaseEvenWhenNamedOnIt() {
        assertThat(NeedToKnow.onTeam(TestPrincipal.of(5, ORG, Roles.ADMINISTRATOR), ORG, 5L, null)).isFalse();
        assertThat(NeedToKnow.onTeam(TestPrincipal.of(6, ORG, Roles.HOTLINE_COUNSELLOR), ORG, null, 6L)).isFalse();
    }

    @Test
    void counsellorsOpenCasesOnlyFromAContact() {
        var counsellor = TestPrincipal.of(6, ORG, Roles.HOTLINE_COUNSELLOR);
        assertThat(NeedToKnow.mayOpen(counsellor, true)).isTrue();
        assertThat(NeedToKnow.mayOpen(counsellor, false)).isFalse();
        assertThat(NeedToKnow.mayOpen(TestPrincipal.of(1, ORG, Roles.CASE_WORKER), false)).isTrue();
        assertThat(NeedToKnow.mayOpen(TestPrincipal.of(9, ORG, Roles.VIEWER), true)).isFalse();
    }
}
