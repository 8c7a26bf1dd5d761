package org.anhduong.casework.internal.rules;

import org.anhduong.casework.RiskInstrument;
import org.anhduong.casework.RiskItem;
import org.anhduong.casework.RiskResult;
import org.anhduong.casework.RiskResult.Level;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Weights add up, thresholds give the level, a red flag makes it HIGH on its own. */
class ScoreRiskTest {

    static final RiskInstrument SMALL = new RiskInstrument("test-v1", "test.instrument", List.of(
            new RiskItem("ESCALATION", "k.escalation", 3, false),
            new RiskItem("CONTROL", "k.control", 2, false),
            new RiskItem("ALCOHOL", "k.alcohol", 2, false),
            new RiskItem("WEAPON", "k.weapon", 1, true)), 3, 6);

    static Map<String, @Nullable Boolean> answers(Object... codeAndAnswer) {
        Map<String, @Nullable Boolean> answers = new HashMap<>();
        for (int i = 0; i < codeAndAnswer.length; i += 2) {
            answers.put((String) codeAndAnswer[i], (Boolean) codeAndAnswer[i + 1]);
        }
        return answers;
    }

    @Test
    void belowMediumIsLow() {
        RiskResult result = ScoreRisk.score(SMALL, answers("ESCALATION", false, "CONTROL", true, "ALCOHOL", false,
                "WEAPON", false));

        assertThat(result.total()).isEqualTo(2);
        assertThat(result.level()).isEqualTo(Level.LOW);
        assertThat(result.redFlags()).isEmpty();
        assertThat(result.unanswered()).isEmpty();
        assertThat(result.instrumentCode()).isEqualTo("test-v1");
        assertThat(result.needsSupervisorAlert()).isFalse();
    }

    @Test
    void reachingTheMediumThresholdIsMedium() {
        assertThat(ScoreRisk.score(SMALL, answers("ESCALATION", true)).level()).isEqualTo(Level.MEDIUM);
    }

    @Test
    void reachingTheHighThresholdIsHighAndAlertsTheSupervisor() {
        RiskResult result = ScoreRisk.score(SMALL, answers("ESCALATION", true, "CONTROL", true, "ALCOHOL", true));

        assertThat(result.total()).isEqualTo(7);
        assertThat(result.level()).isEqualTo(Level.HIGH);
        assertThat(result.needsSupervisorAlert()).isTrue();
    }

    @Test
    void aRedFlagForcesHighWhateverTheTotal() {
        RiskResult result = ScoreRisk.score(SMALL, answers("WEAPON", true));

        assertThat(result.total()).isEqualTo(1);
        assertThat(result.level()).isEqualTo(Level.HIGH);
        assertThat(result.redFlags()).containsExactly("WEAPON");
    }

    @Test
    void unansweredItemsCountAsNoAndAreListed() {
        RiskResult result = ScoreRisk.score(SMALL, answers("ESCALATION", true, "CONTROL", null));

        assertThat(result.total()).isEqualTo(3);
        assertThat(result.unanswered()).containsExactly("CONTROL", "ALCOHOL", "WEAPON");
    }

    @Test
    void anAnswerToAnUnknownItemIsRefused() {
        assertThatThrownBy(() -> ScoreRisk.score(SMALL, answers("GUESSED", true)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theDefaultInstrumentMakesStrangulationAloneHigh() {
        RiskResult result = ScoreRisk.score(RiskInstruments.defaultInstrument(), answers("STRANGULATION", true));

        assertThat(result.level()).isEqualTo(Level.HIGH);
        assertThat(result.redFlags()).containsExactly("STRANGULATION");
    }

    @Test
    void theDefaultInstrumentWithoutRedFlagsFollowsTheTotal() {
        RiskInstrument instrument = RiskInstruments.defaultInstrument();

        assertThat(ScoreRisk.score(instrument, answers("JEALOUS_CONTROL", true, "ALCOHOL_OR_DRUGS", true)).level())
                .isEqualTo(Level.LOW);
        assertThat(ScoreRisk.score(instrument, answers("ESCALATION", true, "RECENT_SEPARATION", true)).level())
                .isEqualTo(Level.MEDIUM);
        assertThat(ScoreRisk.score(instrument, answers("ESCALATION", true, "RECENT_SEPARATION", true,
                "CHILDREN_AT_RISK", true, "PREGNANT_OR_NEW_BABY", true, "STALKING", true)).level())
                .isEqualTo(Level.HIGH);
    }
}
