package org.anhduong.casework.internal;

import org.anhduong.casework.PossibleDuplicateException.KnownClient;
import org.anhduong.casework.internal.DuplicateRule.Keys;
import org.anhduong.casework.internal.DuplicateRule.Match;
import org.anhduong.platform.security.Roles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateRuleTest {

    @Test
    void aNameWarnsOnlyWithABirthYear() {
        assertThat(new Keys(List.of(), null, "name", null).any()).isFalse();
        assertThat(new Keys(List.of(), null, "name", 1994).any()).isTrue();
        assertThat(new Keys(List.of("phone"), null, null, null).any()).isTrue();
        assertThat(new Keys(List.of(), "id", null, null).any()).isTrue();
    }

    @Test
    void theUserSeesTheCodesOfMatchesOnTheirTeamAndOnlyAHintOfTheOthers() {
        var worker = TestPrincipal.of(1, 7, Roles.CASE_WORKER);
        var verdict = DuplicateRule.verdict(List.of(new Match(2, "QN-S-00002", 7, 1L, null),
                new Match(1, "QN-S-00001", 7, 1L, null), new Match(2, "QN-S-00002", 7, null, 1L),
                new Match(9, "HN-S-00009", 8, 5L, null)), worker);

        assertThat(verdict.survivorCodes()).as("one entry per client, however many cases").containsExactly("QN-S-00001", "QN-S-00002");
        assertThat(verdict.clients()).extracting(KnownClient::clientId).containsExactly(1L, 2L);
        assertThat(verdict.elsewhere()).isTrue();
        assertThat(verdict.found()).isTrue();
    }

    @Test
    void noMatchIsNoWarning() {
        var verdict = DuplicateRule.verdict(List.of(), TestPrincipal.of(1, 7, Roles.CASE_WORKER));
        assertThat(verdict.found()).isFalse();
    }
}
