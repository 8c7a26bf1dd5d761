package org.anhduong.casework.internal.rules;

import org.anhduong.casework.RiskInstrument;
import org.anhduong.casework.RiskItem;
import org.anhduong.casework.RiskResult;
import org.anhduong.casework.RiskResult.Level;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores a safety assessment: the weights of the "yes" items add up, the thresholds turn the total into a level, and
 * any "yes" to a red flag makes it at least HIGH. An unanswered item counts as "no" but is listed, so the worker sees
 * that the result may understate the danger.
 */
public final class ScoreRisk {

    private ScoreRisk() {
    }

    /**
     * @param answers item code → yes / no / {@code null} (not answered); missing codes are unanswered
     * @throws InvalidInputException ({@code answers}) when a code is not an item of the instrument
     */
    public static RiskResult score(RiskInstrument instrument, Map<String, @Nullable Boolean> answers) {
        for (String code : answers.keySet()) {
            if (instrument.item(code).isEmpty()) {
                throw new InvalidInputException("answers", "casework.risk.unknownItem");
            }
        }
        int total = 0;
        List<String> redFlags = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        for (RiskItem item : instrument.items()) {
            Boolean answer = answers.get(item.code());
            if (answer == null) {
                unanswered.add(item.code());
            } else if (answer) {
                total += item.weight();
                if (item.redFlag()) {
                    redFlags.add(item.code());
                }
            }
        }
        Level level = redFlags.isEmpty() ? byTotal(instrument, total) : Level.HIGH;
        return new RiskResult(instrument.code(), total, level, redFlags, unanswered);
    }

    private static Level byTotal(RiskInstrument instrument, int total) {
        if (total >= instrument.highFrom()) {
            return Level.HIGH;
        }
        return total >= instrument.mediumFrom() ? Level.MEDIUM : Level.LOW;
    }
}
