package org.anhduong.shelter.internal;

import org.anhduong.casework.Companion;
import org.anhduong.casework.CompanionDetails;
import org.anhduong.casework.CompanionRelation;
import org.anhduong.hotline.Sex;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.shelter.EpisodeDetails;
import org.anhduong.shelter.SupportType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EpisodeRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final List<Companion> CHILDREN = List.of(child(41, 2017), child(42, 2020));

    static Companion child(long id, int year) {
        return new Companion(id, 1, 1, year, new CompanionDetails(CompanionRelation.CHILD, Sex.FEMALE, "" + year, null));
    }

    @Test
    void eachCompanionIsCountedOnceWhateverTimesShesGiven() {
        var valid = EpisodeRules.checked(new EpisodeDetails(TODAY, null, Set.of(SupportType.CASH),
                List.of(42L, 41L, 42L)), null, CHILDREN, TODAY);
        assertThat(valid.companionIds()).containsExactly(42L, 41L);
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        var refused = catchThrowableOfType(InvalidInputException.class, () -> EpisodeRules.checked(
                new EpisodeDetails(TODAY.plusDays(1), TODAY, Set.of(), List.of(41L, 99L)), null, CHILDREN, TODAY));
        assertThat(refused.problems()).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("startedOn", "endedOn", "support", "companionIds[1]");
    }

    @Test
    void aChangedEpisodeKeepsItsStart() {
        var valid = EpisodeRules.checked(new EpisodeDetails(TODAY.minusDays(9), TODAY, Set.of(SupportType.CLOTHES),
                null), TODAY.minusDays(2), CHILDREN, TODAY);
        assertThat(valid.startedOn()).isEqualTo(TODAY.minusDays(2));
        assertThat(valid.companionIds()).isEmpty();
    }
}
