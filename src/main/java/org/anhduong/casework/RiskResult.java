package org.anhduong.casework;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of scoring a risk instrument.
 *
 * @param total      sum of the weights of the items answered yes
 * @param redFlags   codes of red-flag items answered yes, in the instrument's order
 * @param unanswered codes of items left unanswered (counted as no): the real risk may be higher
 */
public record RiskResult(String instrumentCode, int total, Level level, List<String> redFlags, List<String> unanswered) {

    /** Risk levels in rising order. */
    public enum Level {
        LOW,
        MEDIUM,
        HIGH;

        public String labelKey() {
            return "casework.riskLevel." + name();
        }
    }

    public RiskResult {
        Objects.requireNonNull(instrumentCode, "instrumentCode");
        Objects.requireNonNull(level, "level");
        redFlags = List.copyOf(redFlags);
        unanswered = List.copyOf(unanswered);
    }

    /** HIGH: the case is flagged and the supervisor alerted. */
    public boolean needsSupervisorAlert() {
        return level == Level.HIGH;
    }
}
